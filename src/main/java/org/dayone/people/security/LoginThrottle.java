package org.dayone.people.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing. After {@value #FREE_ATTEMPTS} failures for a user name, each further failure locks
 * that name for twice as long as the last (1, 2, 4 ... up to 15 minutes). Unknown and known names are treated alike, so
 * the throttle tells an attacker nothing about which accounts exist. Kept in the database so that it holds across
 * several instances.
 */
@Component
class LoginThrottle {

	static final int FREE_ATTEMPTS = 5;
	private static final Duration MAX_LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean isLocked(String username) {
		return jdbc.sql("select locked_until from login_failure where username = ?").param(key(username))
			.query(OffsetDateTime.class).optional()
			.filter(until -> until.isAfter(OffsetDateTime.now(clock)))
			.isPresent();
	}

	@Transactional
	void recordFailure(String username) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int failures = jdbc.sql("select failures from login_failure where username = ?").param(key(username))
			.query(Integer.class).optional().orElse(0) + 1;
		OffsetDateTime lockedUntil = failures < FREE_ATTEMPTS ? null : now.plus(lockFor(failures));
		int updated = jdbc.sql("update login_failure set failures = ?, locked_until = ?, last_failure = ? where username = ?")
			.params(failures, lockedUntil, now, key(username)).update();
		if (updated == 0) {
			jdbc.sql("insert into login_failure (username, failures, locked_until, last_failure) values (?, ?, ?, ?)")
				.params(key(username), failures, lockedUntil, now).update();
		}
	}

	@Transactional
	void recordSuccess(String username) {
		jdbc.sql("delete from login_failure where username = ?").param(key(username)).update();
	}

	static Duration lockFor(int failures) {
		int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
		Duration lock = Duration.ofMinutes(1L << doublings);
		return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
	}

	private static String key(String username) {
		String key = username.strip().toLowerCase(Locale.ROOT);
		return key.length() > 320 ? key.substring(0, 320) : key;
	}
}
