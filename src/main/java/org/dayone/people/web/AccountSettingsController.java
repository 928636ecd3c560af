package org.dayone.people.web;

import java.time.Duration;

import org.dayone.people.AccessTokens;
import org.dayone.people.AccountManagement;
import org.dayone.people.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** The signed-in user's own settings: password and personal access tokens. */
@Controller
class AccountSettingsController {

	private final AccountManagement accounts;
	private final AccessTokens tokens;

	AccountSettingsController(AccountManagement accounts, AccessTokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("tokens", tokens.list(user.accountId()));
		return "people/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user, @RequestParam String password,
			@RequestParam String confirmation, HttpServletRequest request, RedirectAttributes redirect) {
		if (!password.equals(confirmation)) {
			redirect.addFlashAttribute("passwordError", "The two passwords differ. Type the same password twice.");
			return "redirect:/account";
		}
		try {
			accounts.changePassword(user.accountId(), password);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("passwordError", e.getMessage() + ".");
			return "redirect:/account";
		}
		refreshPrincipal(user, request);
		redirect.addFlashAttribute("notice", "Your password is changed.");
		return "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal CurrentUser user, @RequestParam String name,
			@RequestParam(defaultValue = "90") int days, RedirectAttributes redirect) {
		if (days < 0 || days > 366) {
			redirect.addFlashAttribute("tokenError", "A token lives 1 to 366 days, or 0 for no expiry.");
			return "redirect:/account";
		}
		try {
			String secret = tokens.create(user.accountId(), name, days == 0 ? null : Duration.ofDays(days));
			redirect.addFlashAttribute("newToken", secret);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("tokenError", e.getMessage() + ".");
		}
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", tokens.revoke(user.accountId(), id) ? "The token is revoked."
				: "You have no such token.");
		return "redirect:/account";
	}

	/** The session holds the principal; after a password change it must no longer ask for one. */
	private static void refreshPrincipal(CurrentUser user, HttpServletRequest request) {
		CurrentUser updated = new CurrentUser(user.accountId(), user.personId(), user.name(), user.username(), user.role(),
				false);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.authorities()));
		SecurityContextHolder.setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, null);
	}
}
