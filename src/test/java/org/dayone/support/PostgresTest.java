package org.dayone.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that runs against a real PostgreSQL ({@code dayone.test.postgres.url}, by default CI's
 * {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres}). Each test class gets its own schema. Without a
 * server the test is skipped with a message, unless {@code dayone.requireAllTests=true} (CI), where it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
public @interface PostgresTest {
}
