package org.dayone.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Spring Security handles the POST; this page shows its outcome. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		String message = null;
		HttpSession session = request.getSession(false);
		if (request.getParameterMap().containsKey("error")) {
			message = session != null
					&& session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException e
							? e.getMessage() : "Sign-in failed. Try again.";
		}
		model.addAttribute("error", message);
		model.addAttribute("signedOut", request.getParameterMap().containsKey("logout"));
		return "people/login";
	}
}
