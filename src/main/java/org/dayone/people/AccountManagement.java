package org.dayone.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts for people in the directory and changes their passwords and roles. */
@Service
public class AccountManagement {

	/** NIST SP 800-63B: at least 8 characters; we ask for 10 and check nothing else that annoys people. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	private static final String ACCOUNT_COLUMNS = "id, person_id, username, role, enabled, must_change_password";

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final Clock clock;

	AccountManagement(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Opens an account for a person who is already in the directory; the user name is the person's email.
	 *
	 * @throws IllegalArgumentException if the password is too short or the person already has an account
	 */
	@Transactional
	public Account create(Person person, String rawPassword, Role role) {
		return create(person, rawPassword, role, false);
	}

	/** As {@link #create(Person, String, Role)}; a one-time password must be changed at the first sign-in. */
	@Transactional
	public Account create(Person person, String rawPassword, Role role, boolean mustChangePassword) {
		checkPassword(rawPassword);
		String username = person.email().toLowerCase(Locale.ROOT);
		try {
			jdbc.sql("""
					insert into account (person_id, username, password_hash, role, enabled, must_change_password, created_at)
					values (?, ?, ?, ?, true, ?, ?)""")
				.params(person.id(), username, passwords.encode(rawPassword), role.name(), mustChangePassword,
						OffsetDateTime.now(clock))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new IllegalArgumentException(person.name() + " already has an account", e);
		}
		return findByUsername(username).orElseThrow();
	}

	public Optional<Account> findByUsername(String username) {
		return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account where username = ?")
			.param(username.toLowerCase(Locale.ROOT)).query(AccountManagement::account).optional();
	}

	public Optional<Account> find(long id) {
		return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account where id = ?").param(id)
			.query(AccountManagement::account).optional();
	}

	public Optional<Account> findByPerson(String personId) {
		return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account where person_id = ?")
			.param(personId).query(AccountManagement::account).optional();
	}

	public List<Account> all() {
		return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account order by username")
			.query(AccountManagement::account).list();
	}

	public long count() {
		return jdbc.sql("select count(*) from account").query(Long.class).single();
	}

	@Transactional
	public void changePassword(long accountId, String rawPassword) {
		checkPassword(rawPassword);
		jdbc.sql("update account set password_hash = ?, must_change_password = false where id = ?").params(passwords.encode(rawPassword), accountId)
			.update();
	}

	@Transactional
	public void changeRole(long accountId, Role role) {
		jdbc.sql("update account set role = ? where id = ?").params(role.name(), accountId).update();
	}

	/** The stored hash, for the sign-in check only. */
	public Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from account where username = ? and enabled = true")
			.param(username.toLowerCase(Locale.ROOT)).query(String.class).optional();
	}

	private static void checkPassword(String rawPassword) {
		if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
					"The password needs at least " + MIN_PASSWORD_LENGTH + " characters");
		}
	}

	private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Account(rs.getLong("id"), rs.getString("person_id"), rs.getString("username"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"));
	}
}
