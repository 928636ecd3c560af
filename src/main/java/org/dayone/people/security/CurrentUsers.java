package org.dayone.people.security;

import java.util.Optional;

import org.dayone.people.Account;
import org.dayone.people.AccountManagement;
import org.dayone.people.CurrentUser;
import org.dayone.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/** Builds the {@link CurrentUser} principal from an account and the person it belongs to. */
@Component
class CurrentUsers {

	private final AccountManagement accounts;
	private final PeopleDirectory people;

	CurrentUsers(AccountManagement accounts, PeopleDirectory people) {
		this.accounts = accounts;
		this.people = people;
	}

	Optional<CurrentUser> forUsername(String username) {
		return accounts.findByUsername(username).filter(Account::enabled).flatMap(this::forAccount);
	}

	Optional<CurrentUser> forAccountId(long accountId) {
		return accounts.find(accountId).filter(Account::enabled).flatMap(this::forAccount);
	}

	private Optional<CurrentUser> forAccount(Account account) {
		return people.find(account.personId())
			.map(person -> new CurrentUser(account.id(), person.id(), person.name(), account.username(),
					account.role(), account.mustChangePassword()));
	}
}
