package org.dayone.people;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database with no accounts (a fresh production install without demo data), creates one administrator with a
 * one-time password printed to the log, to be changed at the first sign-in.
 */
@Component
@Order(100)
class FirstAdmin implements ApplicationRunner {

	static final String ADMIN_EMAIL = "admin@dayone.local";
	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final PeopleDirectory people;
	private final AccountManagement accounts;
	private final boolean enabled;

	FirstAdmin(PeopleDirectory people, AccountManagement accounts,
			@org.springframework.beans.factory.annotation.Value("${dayone.first-admin.enabled:true}") boolean enabled) {
		this.people = people;
		this.accounts = accounts;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || accounts.count() > 0) {
			return;
		}
		Person admin = people.findByEmail(ADMIN_EMAIL)
			.orElseGet(() -> new Person("admin", "Administrator", ADMIN_EMAIL, "Dayone administrator", null, null));
		people.save(admin);
		String password = oneTimePassword();
		accounts.create(admin, password, Role.ADMIN, true);
		log.warn("""

				No accounts existed, so Dayone created the first administrator.
				  Sign in as:         {}
				  One-time password:  {}
				You will be asked to choose a new password at the first sign-in.
				""", ADMIN_EMAIL, password);
	}

	private static String oneTimePassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
