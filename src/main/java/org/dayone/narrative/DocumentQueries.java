package org.dayone.narrative;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dayone.narrative.internal.SearchIndex;
import org.dayone.people.PeopleDirectory;
import org.dayone.people.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Lists and searches documents; read-only. */
@Service
public class DocumentQueries {

	/** The most results a search returns. */
	public static final int SEARCH_LIMIT = 50;

	private final JdbcClient jdbc;
	private final SearchIndex searchIndex;
	private final PeopleDirectory people;

	DocumentQueries(JdbcClient jdbc, SearchIndex searchIndex, PeopleDirectory people) {
		this.jdbc = jdbc;
		this.searchIndex = searchIndex;
		this.people = people;
	}

	public DocumentPage list(DocumentQuery query) {
		StringBuilder sql = new StringBuilder(
				"select id, title, status, author_id, team, current_revision, updated_at from document where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (query.status() != null) {
			sql.append(" and status = :status");
			params.put("status", query.status().name());
		}
		if (query.authorId() != null) {
			sql.append(" and author_id = :author");
			params.put("author", query.authorId());
		}
		if (query.team() != null) {
			sql.append(" and team = :team");
			params.put("team", query.team());
		}
		sql.append(" order by updated_at desc, id desc limit :limit offset :offset");
		params.put("limit", query.pageSize() + 1);
		params.put("offset", (long) query.page() * query.pageSize());
		List<Row> rows = jdbc.sql(sql.toString()).params(params).query(DocumentQueries::row).list();
		boolean hasNext = rows.size() > query.pageSize();
		return new DocumentPage(summaries(hasNext ? rows.subList(0, query.pageSize()) : rows), query.page(), hasNext);
	}

	/** Full-text search over titles and the current text of every document, best match first. */
	public List<DocumentSummary> search(String text) {
		List<SearchIndex.Hit> hits = searchIndex.search(text, SEARCH_LIMIT);
		if (hits.isEmpty()) {
			return List.of();
		}
		Map<Long, Row> byId = new HashMap<>();
		jdbc.sql("select id, title, status, author_id, team, current_revision, updated_at from document where id in (:ids)")
			.param("ids", hits.stream().map(SearchIndex.Hit::documentId).toList())
			.query(DocumentQueries::row).list()
			.forEach(row -> byId.put(row.id(), row));
		List<Row> ordered = new ArrayList<>();
		hits.forEach(hit -> {
			Row row = byId.get(hit.documentId());
			if (row != null) {
				ordered.add(row);
			}
		});
		return summaries(ordered);
	}

	/** The teams that own documents, for the list filter. */
	public List<String> teams() {
		return jdbc.sql("select distinct team from document where team is not null order by team").query(String.class)
			.list();
	}

	private List<DocumentSummary> summaries(List<Row> rows) {
		Map<String, Person> authors = people.byIds(rows.stream().map(Row::authorId).distinct().toList());
		Map<Long, DocumentSummary> summaries = new LinkedHashMap<>();
		for (Row row : rows) {
			summaries.put(row.id(), new DocumentSummary(row.id(), row.title(), row.status(), row.authorId(),
					DocumentManagement.nameOf(authors.get(row.authorId())), row.team(), row.currentRevision(),
					row.updatedAt()));
		}
		return List.copyOf(summaries.values());
	}

	private record Row(long id, String title, DocumentStatus status, String authorId, String team, int currentRevision,
			OffsetDateTime updatedAt) {
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong(1), rs.getString(2), DocumentStatus.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getInt(6), rs.getObject(7, OffsetDateTime.class));
	}
}
