package org.dayone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dayone.narrative.DocumentManagement;
import org.dayone.narrative.DocumentQueries;
import org.dayone.narrative.DocumentQuery;
import org.dayone.narrative.DocumentStatus;
import org.dayone.narrative.DocumentSummary;
import org.dayone.narrative.Revision;
import org.dayone.people.AccountManagement;
import org.dayone.people.PeopleDirectory;
import org.dayone.people.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first start with demo data gives a newcomer an organisation and documents to explore. */
@SpringBootTest(properties = "dayone.demo.enabled=true")
class DemoDataTest {

	@Autowired
	PeopleDirectory people;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DocumentQueries queries;

	@Autowired
	DocumentManagement documents;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void loadsThirtyPeopleWithManagersAndAccounts() {
		assertThat(people.count()).isEqualTo(30);
		assertThat(people.find("p08").orElseThrow().managerId()).isEqualTo("p06");
		assertThat(people.managementChain("p09")).extracting(p -> p.id()).containsExactly("p08", "p06", "p02", "p01");
		assertThat(accounts.findByUsername("amara.nwosu@northwind.example").orElseThrow().role()).isEqualTo(Role.ADMIN);
		String hash = accounts.passwordHash("priya.raman@northwind.example").orElseThrow();
		assertThat(passwords.matches(DemoData.PASSWORD, hash)).isTrue();
	}

	@Test
	void loadsFiveDocumentsInDifferentStatesWithSeveralRevisions() {
		List<DocumentSummary> all = queries.list(new DocumentQuery(null, null, null, 0, 50)).documents();
		assertThat(all).hasSize(5);
		assertThat(all).extracting(DocumentSummary::status).contains(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW,
				DocumentStatus.ARCHIVED);
		assertThat(all).allSatisfy(d -> assertThat(d.currentRevision()).isGreaterThanOrEqualTo(2));
		DocumentSummary quickPay = all.stream().filter(d -> d.title().startsWith("QuickPay")).findFirst().orElseThrow();
		Revision first = documents.revision(quickPay.id(), 1);
		Revision last = documents.revision(quickPay.id(), quickPay.currentRevision());
		assertThat(first.section("summary").orElseThrow().body()).contains("$20 a month");
		assertThat(last.section("summary").orElseThrow().body()).contains("$35 a month");
		assertThat(last.section("customer-faq").orElseThrow().body()).contains("most disappointed");
		assertThat(documents.history(quickPay.id()).get(0).authorName()).isEqualTo("Priya Raman");
	}
}
