package org.dayone.narrative.web;

import java.util.List;

import org.dayone.narrative.DocumentPage;
import org.dayone.people.Person;
import org.jspecify.annotations.Nullable;

/** The document list model: the filters as chosen and one page of results. */
public record DocumentListPage(DocumentPage results, @Nullable String status, @Nullable String author,
		@Nullable String team, List<String> teams, List<Person> authors) {
}
