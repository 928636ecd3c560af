package org.dayone.people.security;

import org.dayone.people.AccountManagement;
import org.dayone.people.CurrentUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password, throttled. Unknown user and wrong password get the same message and take the same
 * time (a dummy hash is checked when there is no account), so the login form does not reveal who has an account.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

	static final String BAD_CREDENTIALS = "Wrong email or password.";
	static final String THROTTLED = "Too many failed sign-ins for this email. Wait a few minutes and try again.";

	private final AccountManagement accounts;
	private final CurrentUsers currentUsers;
	private final LoginThrottle throttle;
	private final PasswordEncoder passwords;
	private final String dummyHash;

	PasswordAuthentication(AccountManagement accounts, CurrentUsers currentUsers, LoginThrottle throttle,
			PasswordEncoder passwords) {
		this.accounts = accounts;
		this.currentUsers = currentUsers;
		this.throttle = throttle;
		this.passwords = passwords;
		this.dummyHash = passwords.encode("not a real password, only here to spend the same time");
	}

	@Override
	public Authentication authenticate(Authentication request) {
		String username = request.getName() == null ? "" : request.getName().strip();
		String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
		if (throttle.isLocked(username)) {
			throw new LockedException(THROTTLED);
		}
		String hash = accounts.passwordHash(username).orElse(dummyHash);
		boolean matches = passwords.matches(password, hash);
		CurrentUser user = matches ? currentUsers.forUsername(username).orElse(null) : null;
		if (user == null) {
			throttle.recordFailure(username);
			throw new BadCredentialsException(BAD_CREDENTIALS);
		}
		throttle.recordSuccess(username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
