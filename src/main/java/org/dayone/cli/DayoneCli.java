package org.dayone.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dayone.DayoneApplication;
import org.springframework.boot.SpringApplication;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * The jar's entry point: {@code java -jar dayone.jar [serve] [--spring.option=value ...]} runs the web application;
 * the other subcommands do one thing without starting it.
 */
@Command(name = "dayone", mixinStandardHelpOptions = true, version = "Dayone 0.1",
		description = "Working Backwards documents, crisp narratives and the institutional yes.",
		subcommands = { DayoneCli.Serve.class, CreateAdminCommand.class })
public class DayoneCli implements Callable<Integer> {

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	public static void main(String[] args) {
		int exitCode = commandLine().execute(args);
		if (exitCode != Serve.KEEP_RUNNING) {
			System.exit(exitCode);
		}
	}

	static CommandLine commandLine() {
		return new CommandLine(new DayoneCli());
	}

	@Override
	public Integer call() {
		return Serve.start(springArguments);
	}

	/** Runs the web application; unknown arguments go to Spring ({@code --server.port=9090}). */
	@Command(name = "serve", description = "Run the Dayone web application (the default).")
	static class Serve implements Callable<Integer> {

		/** Not an exit code: the web server keeps the JVM alive after main returns. */
		static final int KEEP_RUNNING = -1;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Override
		public Integer call() {
			return start(springArguments);
		}

		static int start(List<String> arguments) {
			SpringApplication.run(DayoneApplication.class, arguments.toArray(String[]::new));
			return KEEP_RUNNING;
		}
	}
}
