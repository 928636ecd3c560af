package org.dayone.people.web;

import java.util.List;

import org.dayone.people.PeopleDirectory;
import org.dayone.people.Person;
import org.dayone.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Read access to the people directory. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "The people directory (read only)")
class PeopleApi {

	private final PeopleDirectory people;

	PeopleApi(PeopleDirectory people) {
		this.people = people;
	}

	@GetMapping
	@Operation(summary = "Everyone in the directory, by name")
	List<Person> all() {
		return people.all();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person")
	Person one(@PathVariable String id) {
		return people.find(id).orElseThrow(() -> new NotFoundException("There is no person with id '" + id + "'."));
	}

	@GetMapping("/{id}/chain")
	@Operation(summary = "A person's management chain, nearest manager first")
	List<Person> chain(@PathVariable String id) {
		one(id);
		return people.managementChain(id);
	}
}
