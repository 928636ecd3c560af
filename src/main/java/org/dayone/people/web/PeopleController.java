package org.dayone.people.web;

import java.util.List;
import java.util.Locale;

import org.dayone.people.PeopleDirectory;
import org.dayone.people.Person;
import org.dayone.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The people directory and each person's page with their chain to the top and their direct reports. */
@Controller
class PeopleController {

	private final PeopleDirectory people;

	PeopleController(PeopleDirectory people) {
		this.people = people;
	}

	@GetMapping("/people")
	String directory(@RequestParam(defaultValue = "") String q, Model model) {
		String needle = q.strip().toLowerCase(Locale.ROOT);
		List<Person> everyone = people.all();
		List<Person> shown = needle.isEmpty() ? everyone : everyone.stream()
			.filter(p -> (p.name() + " " + p.email() + " " + p.title() + " " + p.team()).toLowerCase(Locale.ROOT)
				.contains(needle))
			.toList();
		model.addAttribute("people", shown);
		model.addAttribute("q", q);
		return "people/directory";
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable String id, Model model) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("There is no person with id '" + id + "'."));
		model.addAttribute("person", person);
		model.addAttribute("chain", people.managementChain(id));
		model.addAttribute("reports", people.directReports(id));
		return "people/person";
	}
}
