package org.dayone.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Decides whether PostgreSQL tests run, and gives each test class a fresh schema. */
public class PostgresCondition implements ExecutionCondition {

	public static final String URL = System.getProperty("dayone.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
	public static final String USER = System.getProperty("dayone.test.postgres.user", "postgres");
	public static final String PASSWORD = System.getProperty("dayone.test.postgres.password", "");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Boolean.getBoolean("dayone.requireAllTests")) {
			return ConditionEvaluationResult.enabled("dayone.requireAllTests: PostgreSQL tests must run");
		}
		try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + URL);
		}
		catch (SQLException e) {
			String message = "SKIPPED: no PostgreSQL at " + URL + " (" + e.getMessage()
					+ "). Set -Ddayone.test.postgres.url=... to run the PostgreSQL tests.";
			System.err.println(message);
			return ConditionEvaluationResult.disabled(message);
		}
	}

	/** Points the application at a new schema of the test database; Flyway creates it. */
	public static void register(DynamicPropertyRegistry registry) {
		String schema = "dayone_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
		registry.add("spring.flyway.schemas", () -> schema);
		registry.add("spring.flyway.create-schemas", () -> "true");
	}
}
