package org.dayone.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and updates the people directory. Other modules refer to people by id and look them up here. */
@Service
public class PeopleDirectory {

	private static final String COLUMNS = "id, name, email, title, team, manager_id";

	private final JdbcClient jdbc;
	private final Clock clock;

	PeopleDirectory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Person> find(String id) {
		return jdbc.sql("select " + COLUMNS + " from person where id = ?").param(id).query(PeopleDirectory::person)
			.optional();
	}

	public Optional<Person> findByEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from person where lower(email) = lower(?)").param(email)
			.query(PeopleDirectory::person).optional();
	}

	public List<Person> all() {
		return jdbc.sql("select " + COLUMNS + " from person order by name").query(PeopleDirectory::person).list();
	}

	public long count() {
		return jdbc.sql("select count(*) from person").query(Long.class).single();
	}

	/** The people with these ids, by id; unknown ids are left out. */
	public Map<String, Person> byIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select " + COLUMNS + " from person where id in (:ids)").param("ids", ids)
			.query(PeopleDirectory::person).list().stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
	}

	/** A person's direct reports, by name. */
	public List<Person> directReports(String managerId) {
		return jdbc.sql("select " + COLUMNS + " from person where manager_id = ? order by name").param(managerId)
			.query(PeopleDirectory::person).list();
	}

	/** The chain from this person's manager up to the top of the organisation, nearest first. */
	public List<Person> managementChain(String personId) {
		List<Person> chain = new java.util.ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		Optional<Person> current = find(personId);
		while (current.isPresent() && current.get().managerId() != null && seen.add(current.get().id())) {
			current = find(current.get().managerId());
			current.ifPresent(chain::add);
		}
		return chain;
	}

	/** Adds a person or updates name, email, title, team and manager; accounts are never touched. */
	@Transactional
	public void save(Person person) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int updated = jdbc.sql("""
				update person set name = :name, email = :email, title = :title, team = :team,
				       manager_id = :manager, updated_at = :now
				 where id = :id""")
			.params(params(person, now)).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into person (id, name, email, title, team, manager_id, created_at, updated_at)
					values (:id, :name, :email, :title, :team, :manager, :now, :now)""")
				.params(params(person, now)).update();
		}
	}

	private static Map<String, Object> params(Person person, OffsetDateTime now) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", person.id());
		params.put("name", person.name());
		params.put("email", person.email());
		params.put("title", person.title());
		params.put("team", person.team());
		params.put("manager", person.managerId());
		params.put("now", now);
		return params;
	}

	private static Person person(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Person(rs.getString("id"), rs.getString("name"), rs.getString("email"), rs.getString("title"),
				rs.getString("team"), rs.getString("manager_id"));
	}
}
