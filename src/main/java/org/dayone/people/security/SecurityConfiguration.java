package org.dayone.people.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dayone.people.AccessTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security by default: every page needs a signed-in user, CSRF protects every state change, sessions get a new id at
 * sign-in and end on the server at sign-out, and every response carries a strict Content-Security-Policy.
 */
@Configuration
@EnableMethodSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

	/**
	 * No inline script or style and no images from other hosts: user Markdown cannot run script, and an image link in a
	 * document cannot tell another server who read it.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, PasswordAuthentication passwordAuthentication,
			AccessTokens tokens, CurrentUsers currentUsers) throws Exception {
		http.authenticationProvider(passwordAuthentication)
			.addFilterBefore(new AccessTokenFilter(tokens, currentUsers), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health/**", "/api/v1/openapi/**", "/api/docs/**", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").usernameParameter("email").defaultSuccessUrl("/", false)
				.failureUrl("/login?error").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true).clearAuthentication(true).deleteCookies("JSESSIONID"))
			.csrf(csrf -> csrf.ignoringRequestMatchers(AccessTokenFilter::hasBearerToken))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/** JSON 401 for the API, a redirect for htmx (HX-Redirect), the login page for everything else. */
	private static AuthenticationEntryPoint entryPoint() {
		AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				writeJson401(response);
			}
			else if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", request.getContextPath() + "/login");
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				loginPage.commence(request, response, exception);
			}
		};
	}

	private static void writeJson401(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":"
				+ "\"Sign in, or send a personal access token as 'Authorization: Bearer dyo_...'.\"}");
	}
}
