package org.dayone.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API. The secret is shown once at creation; only its SHA-256 is stored, so a copy of
 * the database does not hand out API access.
 */
@Service
public class AccessTokens {

	static final String PREFIX = "dyo_";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	AccessTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A token as listed on the tokens page; never the secret. */
	public record TokenInfo(long id, String name, String prefix, OffsetDateTime createdAt,
			@Nullable OffsetDateTime expiresAt, @Nullable OffsetDateTime lastUsedAt, boolean revoked) {
	}

	/** Creates a token and returns its secret, the only time it is available. */
	@Transactional
	public String create(long accountId, String name, @Nullable Duration lifetime) {
		if (name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("A token needs a name of 1 to 100 characters");
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into access_token (account_id, name, token_hash, token_prefix, created_at, expires_at, revoked)
				values (?, ?, ?, ?, ?, ?, false)""")
			.params(accountId, name.strip(), sha256(token), token.substring(0, 10), now,
					lifetime == null ? null : now.plus(lifetime))
			.update();
		return token;
	}

	public List<TokenInfo> list(long accountId) {
		return jdbc.sql("""
				select id, name, token_prefix, created_at, expires_at, last_used_at, revoked
				  from access_token where account_id = ? order by created_at desc""")
			.param(accountId)
			.query((rs, row) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
					rs.getObject(6, OffsetDateTime.class), rs.getBoolean(7)))
			.list();
	}

	/** Revokes one of the account's own tokens; returns false if it has no such token. */
	@Transactional
	public boolean revoke(long accountId, long tokenId) {
		return jdbc.sql("update access_token set revoked = true where id = ? and account_id = ?")
			.params(tokenId, accountId).update() == 1;
	}

	/** The account a presented token belongs to, if the token is known, not revoked and not expired. */
	@Transactional
	public Optional<Long> authenticate(String presented) {
		if (!presented.startsWith(PREFIX)) {
			return Optional.empty();
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		String hash = sha256(presented);
		Optional<Long> account = jdbc.sql("""
				select account_id from access_token
				 where token_hash = ? and revoked = false and (expires_at is null or expires_at > ?)""")
			.params(hash, now).query(Long.class).optional();
		account.ifPresent(id -> jdbc.sql("update access_token set last_used_at = ? where token_hash = ?")
			.params(now, hash).update());
		return account;
	}

	static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JVM has SHA-256", e);
		}
	}
}
