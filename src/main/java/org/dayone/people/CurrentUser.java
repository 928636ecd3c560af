package org.dayone.people;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in user as every module sees it: which person, which account and which role. It is the principal of the
 * Spring Security authentication, whether the user came with a session or a personal access token.
 */
public record CurrentUser(long accountId, String personId, String name, String username, Role role,
		boolean mustChangePassword)
		implements java.io.Serializable {

	public boolean isAdmin() {
		return role.includes(Role.ADMIN);
	}

	public Collection<GrantedAuthority> authorities() {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		for (Role each : Role.values()) {
			if (role.includes(each)) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + each.name()));
			}
		}
		return authorities;
	}
}
