package org.dayone.people.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dayone.people.Account;
import org.dayone.people.AccountManagement;
import org.dayone.people.PeopleDirectory;
import org.dayone.people.Person;
import org.dayone.people.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators open accounts for people in the directory and set their roles. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

	private final AccountManagement accounts;
	private final PeopleDirectory people;

	AccountAdminController(AccountManagement accounts, PeopleDirectory people) {
		this.accounts = accounts;
		this.people = people;
	}

	@GetMapping("/admin/accounts")
	String accounts(Model model) {
		Map<String, Account> byPerson = accounts.all().stream()
			.collect(Collectors.toMap(Account::personId, Function.identity()));
		model.addAttribute("people", people.all());
		model.addAttribute("accounts", byPerson);
		model.addAttribute("roles", Role.values());
		return "people/accounts";
	}

	@PostMapping("/admin/accounts")
	String open(@RequestParam String personId, @RequestParam String password, @RequestParam Role role,
			RedirectAttributes redirect) {
		Person person = people.find(personId).orElse(null);
		if (person == null) {
			redirect.addFlashAttribute("error", "There is no person with id '" + personId + "'.");
			return "redirect:/admin/accounts";
		}
		try {
			accounts.create(person, password, role, true);
			redirect.addFlashAttribute("notice", "Opened an account for " + person.name()
					+ ". They choose their own password at the first sign-in.");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage() + ".");
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
		accounts.changeRole(id, role);
		redirect.addFlashAttribute("notice", "Role changed. It applies from the person's next sign-in.");
		return "redirect:/admin/accounts";
	}
}
