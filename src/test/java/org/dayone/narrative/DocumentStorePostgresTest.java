package org.dayone.narrative;

import org.dayone.support.PostgresCondition;
import org.dayone.support.PostgresTest;
import org.dayone.support.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The document store on PostgreSQL, with the same Flyway migrations. */
@PostgresTest
@SpringBootTest
@Import(TestUsers.class)
class DocumentStorePostgresTest extends DocumentStoreContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresCondition.register(registry);
	}
}
