package org.dayone.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.dayone.narrative.Document;
import org.dayone.narrative.DocumentManagement;
import org.dayone.narrative.DocumentStatus;
import org.dayone.narrative.PrfaqMarkdown;
import org.dayone.narrative.SaveOutcome;
import org.dayone.narrative.Section;
import org.dayone.narrative.Template;
import org.dayone.narrative.TemplateCatalog;
import org.dayone.people.AccountManagement;
import org.dayone.people.CurrentUser;
import org.dayone.people.PeopleDirectory;
import org.dayone.people.Person;
import org.dayone.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Loads the demo organisation ({@code demo/people.csv}) and documents ({@code demo/documents/}) into an empty
 * database, once. Every demo person gets an account with the password {@value #PASSWORD}.
 */
@Component
@Order(50)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "dayone-demo";
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final boolean enabled;
	private final PeopleDirectory people;
	private final AccountManagement accounts;
	private final DocumentManagement documents;
	private final TemplateCatalog templates;
	private final TransactionTemplate transaction;

	DemoData(@Value("${dayone.demo.enabled:true}") boolean enabled, PeopleDirectory people, AccountManagement accounts,
			DocumentManagement documents, TemplateCatalog templates, TransactionTemplate transaction) {
		this.enabled = enabled;
		this.people = people;
		this.accounts = accounts;
		this.documents = documents;
		this.templates = templates;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled || accounts.count() > 0) {
			return;
		}
		List<Person> loaded = transaction.execute(status -> loadAll());
		printLogins(loaded == null ? List.of() : loaded);
	}

	private List<Person> loadAll() {
		try {
			List<DemoPerson> demoPeople = readPeople();
			for (DemoPerson each : managersFirst(demoPeople)) {
				people.save(each.person());
				accounts.create(each.person(), PASSWORD, each.role());
			}
			Resource[] folders = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/documents/*/document.properties");
			Arrays.sort(folders, Comparator.comparing(r -> String.valueOf(r.getDescription())));
			for (Resource properties : folders) {
				loadDocument(properties);
			}
			return demoPeople.stream().map(DemoPerson::person).toList();
		}
		catch (IOException e) {
			throw new IllegalStateException("The demo data in the jar could not be read", e);
		}
	}

	private record DemoPerson(Person person, Role role) {
	}

	private static List<DemoPerson> readPeople() throws IOException {
		List<DemoPerson> result = new ArrayList<>();
		try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:demo/people.csv").getInputStream();
				CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (NamedCsvRecord row : csv) {
				String manager = row.getField("manager_id").strip();
				Person person = new Person(row.getField("id"), row.getField("name"), row.getField("email"),
						row.getField("title"), row.getField("team"), manager.isEmpty() ? null : manager);
				result.add(new DemoPerson(person, "admin".equals(row.getField("role")) ? Role.ADMIN : Role.MEMBER));
			}
		}
		return result;
	}

	/** Managers are stored before their reports, since a person's manager must already exist. */
	private static List<DemoPerson> managersFirst(List<DemoPerson> all) {
		Map<String, DemoPerson> byId = new HashMap<>();
		all.forEach(p -> byId.put(p.person().id(), p));
		List<DemoPerson> ordered = new ArrayList<>();
		java.util.Set<String> placed = new java.util.HashSet<>();
		for (DemoPerson each : all) {
			place(each, byId, placed, ordered, 0);
		}
		return ordered;
	}

	private static void place(DemoPerson person, Map<String, DemoPerson> byId, java.util.Set<String> placed,
			List<DemoPerson> ordered, int depth) {
		if (placed.contains(person.person().id()) || depth > byId.size()) {
			return;
		}
		String managerId = person.person().managerId();
		if (managerId != null && byId.containsKey(managerId)) {
			place(byId.get(managerId), byId, placed, ordered, depth + 1);
		}
		placed.add(person.person().id());
		ordered.add(person);
	}

	private void loadDocument(Resource propertiesFile) throws IOException {
		Properties meta = new Properties();
		try (InputStream in = propertiesFile.getInputStream()) {
			meta.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		String templateKey = meta.getProperty("template", "new-product");
		Template template = templates.find(templateKey).orElseThrow();
		Document document = null;
		for (int number = 1; ; number++) {
			Resource revisionFile = propertiesFile.createRelative("r" + number + ".md");
			if (!revisionFile.exists()) {
				break;
			}
			byte[] bytes;
			try (InputStream in = revisionFile.getInputStream()) {
				bytes = in.readAllBytes();
			}
			PrfaqMarkdown.Parsed parsed = PrfaqMarkdown.parse(bytes, meta.getProperty("title"), templateKey, templates::find);
			String author = meta.getProperty("revision." + number + ".author", meta.getProperty("author"));
			String message = meta.getProperty("revision." + number + ".message");
			if (document == null) {
				List<Section> sections = template.sections().stream()
					.map(s -> new Section(s.key(), s.title(), s.group(), parsed.sections().get(s.key())))
					.toList();
				document = documents.createWith(templateKey, meta.getProperty("title"), sections, author, message,
						DocumentStatus.DRAFT);
			}
			else {
				SaveOutcome outcome = documents.save(document.id(), number - 1, meta.getProperty("title"),
						parsed.sections(), message, actingAs(author));
				if (!(outcome instanceof SaveOutcome.Saved)) {
					throw new IllegalStateException("Demo revision " + number + " of " + meta.getProperty("title") + " did not save");
				}
			}
		}
		if (document != null) {
			DocumentStatus status = DocumentStatus.valueOf(meta.getProperty("status", "draft").toUpperCase(java.util.Locale.ROOT));
			documents.changeStatus(document.id(), status, actingAs(document.authorId()));
		}
	}

	/**
	 * The loader saves each demo revision in the name of its author. It acts with administrator rights because demo
	 * revisions come from people on other teams too; the revision still records the author's person id.
	 */
	private CurrentUser actingAs(String personId) {
		Person person = people.find(personId).orElseThrow(() -> new IllegalStateException("Unknown demo person " + personId));
		return new CurrentUser(0, person.id(), person.name(), person.email(), Role.ADMIN, false);
	}

	private void printLogins(List<Person> loaded) {
		StringBuilder logins = new StringBuilder("\n\nDayone loaded its demo organisation, Northwind Labs. Sign in at http://localhost:8080 as:\n");
		for (Person person : loaded) {
			boolean admin = accounts.findByPerson(person.id()).map(a -> a.role() == Role.ADMIN).orElse(false);
			if (admin || person.managerId() == null || DEMO_AUTHORS.contains(person.id())) {
				logins.append(String.format("  %-38s %s%s%n", person.email(), person.title(), admin ? " (administrator)" : ""));
			}
		}
		logins.append("  ... or anyone else on /people. Every demo password is: ").append(PASSWORD).append("\n");
		log.info(logins.toString());
	}

	/** Authors of demo documents, worth signing in as to edit them. */
	private static final java.util.Set<String> DEMO_AUTHORS = java.util.Set.of("p07", "p13", "p17");
}
