package org.dayone.people.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dayone.people.AccessTokens;
import org.dayone.people.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer dyo_...}. The authentication lives for the one
 * request only: a token never creates a session.
 */
class AccessTokenFilter extends OncePerRequestFilter {

	private final AccessTokens tokens;
	private final CurrentUsers currentUsers;

	AccessTokenFilter(AccessTokens tokens, CurrentUsers currentUsers) {
		this.tokens = tokens;
		this.currentUsers = currentUsers;
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String presented = request.getHeader("Authorization").substring(7).strip();
		CurrentUser user = tokens.authenticate(presented).flatMap(currentUsers::forAccountId).orElse(null);
		if (user == null) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\","
					+ "\"message\":\"The access token is unknown, revoked or expired. Create a new one under Settings > Access tokens.\"}");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
