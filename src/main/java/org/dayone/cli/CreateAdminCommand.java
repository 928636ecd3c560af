package org.dayone.cli;

import java.util.concurrent.Callable;

import org.dayone.DayoneApplication;
import org.dayone.people.AccountManagement;
import org.dayone.people.PeopleDirectory;
import org.dayone.people.Person;
import org.dayone.people.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * Creates an administrator account from the command line, for installations without demo data and for scripts:
 * {@code java -jar dayone.jar create-admin --email ops@example.com --name "Ops" --password ...}.
 */
@Command(name = "create-admin", mixinStandardHelpOptions = true,
		description = "Create an administrator account (the person is added to the directory if missing).")
class CreateAdminCommand implements Callable<Integer> {

	@Option(names = "--email", required = true, description = "The administrator's email; also the sign-in name.")
	String email;

	@Option(names = "--name", defaultValue = "Administrator", description = "The administrator's name.")
	String name;

	@Option(names = "--password", required = true, description = "At least 10 characters.")
	String password;

	@Unmatched
	java.util.List<String> springArguments = new java.util.ArrayList<>();

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DayoneApplication.class)
			.web(WebApplicationType.NONE)
			.properties("dayone.demo.enabled=false", "dayone.first-admin.enabled=false", "spring.main.banner-mode=off")
			.run(springArguments.toArray(String[]::new))) {
			PeopleDirectory people = context.getBean(PeopleDirectory.class);
			AccountManagement accounts = context.getBean(AccountManagement.class);
			Person person = people.findByEmail(email).orElseGet(() -> {
				Person created = new Person("admin-" + Math.abs(email.toLowerCase().hashCode()), name, email,
						"Administrator", null, null);
				people.save(created);
				return created;
			});
			accounts.create(person, password, Role.ADMIN);
			System.out.println("Created the administrator " + email + ".");
			return 0;
		}
		catch (IllegalArgumentException e) {
			System.err.println("Not created: " + e.getMessage() + ".");
			return 1;
		}
	}
}
