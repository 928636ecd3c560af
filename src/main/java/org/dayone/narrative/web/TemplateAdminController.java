package org.dayone.narrative.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dayone.narrative.Template;
import org.dayone.narrative.TemplateCatalog;
import org.dayone.web.InvalidInputException;
import org.dayone.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Administrators edit templates as YAML, the same format the shipped templates use, and add new ones (a six-page
 * narrative, a team's own PR/FAQ flavour). A template with errors is not saved and the text stays in the editor.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TemplateAdminController {

	private final TemplateCatalog templates;

	TemplateAdminController(TemplateCatalog templates) {
		this.templates = templates;
	}

	@GetMapping("/admin/templates")
	String list(Model model) {
		model.addAttribute("templates", templates.all());
		return "narrative/templates";
	}

	@GetMapping("/admin/templates/new")
	String create(Model model) {
		Template starter = templates.find("new-product").orElse(null);
		String yaml = starter == null ? "" : toYaml(new Template("my-template", "My template", "When to use it.",
				starter.sections()));
		model.addAttribute("page", new TemplateEditPage("", yaml, true, null));
		return "narrative/templateEdit";
	}

	@GetMapping("/admin/templates/{key}")
	String edit(@PathVariable String key, Model model) {
		Template template = templates.find(key)
			.orElseThrow(() -> new NotFoundException("There is no template '" + key + "'."));
		model.addAttribute("page", new TemplateEditPage(key, toYaml(template), false, null));
		return "narrative/templateEdit";
	}

	@PostMapping("/admin/templates")
	ModelAndView save(@RequestParam(defaultValue = "") String originalKey, @RequestParam String yaml,
			RedirectAttributes redirect) {
		try {
			Template template = TemplateCatalog.parseYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
			if (!originalKey.isEmpty() && !originalKey.equals(template.key())) {
				throw new InvalidInputException("key", "The key of a template cannot change; documents refer to it. "
						+ "Create a new template instead.");
			}
			if (originalKey.isEmpty() && templates.find(template.key()).isPresent()) {
				throw new InvalidInputException("key", "A template with the key '" + template.key() + "' exists already.");
			}
			templates.save(template);
			redirect.addFlashAttribute("notice", "Saved the template " + template.name() + ".");
			return new ModelAndView("redirect:/admin/templates");
		}
		catch (InvalidInputException e) {
			TemplateEditPage page = new TemplateEditPage(originalKey, yaml, originalKey.isEmpty(), e.getMessage());
			return new ModelAndView("narrative/templateEdit", Map.of("page", page), HttpStatus.BAD_REQUEST);
		}
	}

	static String toYaml(Template template) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("key", template.key());
		root.put("name", template.name());
		root.put("description", template.description());
		List<Map<String, Object>> sections = template.sections().stream().map(s -> {
			Map<String, Object> section = new LinkedHashMap<>();
			section.put("key", s.key());
			section.put("title", s.title());
			section.put("group", s.group().key());
			section.put("prompt", s.prompt());
			section.put("starter", s.starter());
			return section;
		}).toList();
		root.put("sections", sections);
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setDefaultScalarStyle(DumperOptions.ScalarStyle.LITERAL);
		options.setWidth(120);
		return new Yaml(options).dump(root);
	}
}
