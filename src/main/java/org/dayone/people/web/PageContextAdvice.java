package org.dayone.people.web;

import jakarta.servlet.http.HttpServletRequest;

import org.dayone.people.CurrentUser;
import org.dayone.web.PageContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the {@link PageContext} (viewer, CSRF token, path) to the model of every page the layout renders. */
@ControllerAdvice
class PageContextAdvice {

	@ModelAttribute("ctx")
	PageContext pageContext(HttpServletRequest request) {
		return of(request);
	}

	static PageContext of(HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser user = authentication != null && authentication.getPrincipal() instanceof CurrentUser current
				? current : null;
		return new PageContext(user == null ? null : user.name(), user == null ? null : user.personId(),
				user != null && user.isAdmin(), token == null ? "_csrf" : token.getParameterName(),
				token == null ? "X-CSRF-TOKEN" : token.getHeaderName(), token == null ? "" : token.getToken(),
				request.getRequestURI());
	}
}
