package org.dayone.support;

import java.util.UUID;

import org.dayone.people.Account;
import org.dayone.people.AccountManagement;
import org.dayone.people.CurrentUser;
import org.dayone.people.PeopleDirectory;
import org.dayone.people.Person;
import org.dayone.people.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates people with accounts for tests, each unique, and signs them in for MockMvc requests. */
@Component
public class TestUsers {

	public static final String PASSWORD = "correct horse battery";

	private final PeopleDirectory people;
	private final AccountManagement accounts;

	public TestUsers(PeopleDirectory people, AccountManagement accounts) {
		this.people = people;
		this.accounts = accounts;
	}

	public CurrentUser create(String name, String team, Role role) {
		String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
		Person person = new Person(id, name, id + "@example.test", "Engineer", team, null);
		people.save(person);
		Account account = accounts.create(person, PASSWORD, role);
		return new CurrentUser(account.id(), id, name, account.username(), role, false);
	}

	public CurrentUser member(String team) {
		return create("Member " + team, team, Role.MEMBER);
	}

	public static RequestPostProcessor as(CurrentUser user) {
		return SecurityMockMvcRequestPostProcessors
			.authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
	}
}
