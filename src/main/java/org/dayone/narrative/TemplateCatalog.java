package org.dayone.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dayone.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The templates authors start from. The shipped ones ({@code prfaq-templates/*.yaml}) are added at start-up when
 * missing; administrators edit them and add more, and their edits are never overwritten.
 */
@Service
@Order(10)
public class TemplateCatalog implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TemplateCatalog.class);
	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	private final JdbcClient jdbc;
	private final Clock clock;

	TemplateCatalog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:prfaq-templates/*.yaml")) {
			try (InputStream in = resource.getInputStream()) {
				Template template = parseYaml(in);
				if (find(template.key()).isEmpty()) {
					save(template);
					log.info("Added the template '{}'", template.name());
				}
			}
		}
	}

	public List<Template> all() {
		List<String> keys = jdbc.sql("select template_key from prfaq_template order by name").query(String.class).list();
		return keys.stream().map(this::find).flatMap(Optional::stream).toList();
	}

	public Optional<Template> find(String key) {
		return jdbc.sql("select id, name, description from prfaq_template where template_key = ?").param(key)
			.query((rs, row) -> new Template(key, rs.getString("name"), rs.getString("description"),
					sections(rs.getLong("id"))))
			.optional();
	}

	/** Adds or replaces a template, checking it first so that a bad edit changes nothing. */
	@Transactional
	public void save(Template template) {
		check(template);
		OffsetDateTime now = OffsetDateTime.now(clock);
		Optional<Long> existing = jdbc.sql("select id from prfaq_template where template_key = ?").param(template.key())
			.query(Long.class).optional();
		long id;
		if (existing.isPresent()) {
			id = existing.get();
			jdbc.sql("update prfaq_template set name = ?, description = ?, updated_at = ? where id = ?")
				.params(template.name(), template.description(), now, id).update();
			jdbc.sql("delete from prfaq_template_section where template_id = ?").param(id).update();
		}
		else {
			jdbc.sql("insert into prfaq_template (template_key, name, description, updated_at) values (?, ?, ?, ?)")
				.params(template.key(), template.name(), template.description(), now).update();
			id = jdbc.sql("select id from prfaq_template where template_key = ?").param(template.key())
				.query(Long.class).single();
		}
		int position = 0;
		for (Template.TemplateSection section : template.sections()) {
			jdbc.sql("""
					insert into prfaq_template_section (template_id, position, section_key, title, section_group, prompt, starter)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, position++, section.key(), section.title(), section.group().key(), section.prompt(),
						section.starter())
				.update();
		}
	}

	private List<Template.TemplateSection> sections(long templateId) {
		return jdbc.sql("""
				select section_key, title, section_group, prompt, starter from prfaq_template_section
				 where template_id = ? order by position""")
			.param(templateId)
			.query((rs, row) -> new Template.TemplateSection(rs.getString(1), rs.getString(2),
					SectionGroup.fromKey(rs.getString(3)), rs.getString(4), rs.getString(5)))
			.list();
	}

	static void check(Template template) {
		if (!KEY.matcher(template.key()).matches()) {
			throw new InvalidInputException("key", "A template key is 1 to 60 lowercase letters, digits and dashes.");
		}
		if (template.name().isBlank() || template.name().length() > 200) {
			throw new InvalidInputException("name", "A template needs a name of 1 to 200 characters.");
		}
		if (template.sections().isEmpty()) {
			throw new InvalidInputException("sections", "A template needs at least one section.");
		}
		java.util.Set<String> keys = new java.util.HashSet<>();
		for (Template.TemplateSection section : template.sections()) {
			if (!KEY.matcher(section.key()).matches()) {
				throw new InvalidInputException("sections",
						"The section key '" + section.key() + "' must be lowercase letters, digits and dashes.");
			}
			if (!keys.add(section.key())) {
				throw new InvalidInputException("sections", "The section key '" + section.key() + "' appears twice.");
			}
			if (section.title().isBlank() || section.title().length() > 200) {
				throw new InvalidInputException("sections", "The section '" + section.key() + "' needs a title.");
			}
			if (section.prompt().length() > 8000 || section.starter().length() > 20000) {
				throw new InvalidInputException("sections", "The prompt or starter of '" + section.key() + "' is too long.");
			}
		}
	}

	/** Reads a template in the YAML format of {@code prfaq-templates/*.yaml}; errors name what is wrong. */
	@SuppressWarnings("unchecked")
	public static Template parseYaml(InputStream in) {
		Object loaded;
		try {
			loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (RuntimeException e) {
			throw new InvalidInputException("yaml", "The template is not valid YAML: " + e.getMessage());
		}
		if (!(loaded instanceof Map<?, ?> root)) {
			throw new InvalidInputException("yaml", "A template is a YAML mapping with key, name, description and sections.");
		}
		List<Template.TemplateSection> sections = new ArrayList<>();
		if (!(root.get("sections") instanceof List<?> list)) {
			throw new InvalidInputException("sections", "The template needs a list of sections.");
		}
		for (Object item : list) {
			if (!(item instanceof Map<?, ?> section)) {
				throw new InvalidInputException("sections", "Each section is a mapping with key, title, group, prompt and starter.");
			}
			Map<String, Object> s = (Map<String, Object>) section;
			try {
				sections.add(new Template.TemplateSection(text(s, "key"), text(s, "title"),
						SectionGroup.fromKey(text(s, "group")), text(s, "prompt").strip(), text(s, "starter")));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("sections", e.getMessage());
			}
		}
		Map<String, Object> r = (Map<String, Object>) root;
		Template template = new Template(text(r, "key"), text(r, "name"), text(r, "description").strip(), sections);
		check(template);
		return template;
	}

	private static String text(Map<String, Object> map, String field) {
		Object value = map.get(field);
		return value == null ? "" : value.toString();
	}
}
