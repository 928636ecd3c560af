package org.dayone.narrative.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A portable inverted index over each document's title and current revision: one row per (term, document) with a
 * weight. Title words weigh more. The same tables and SQL serve H2 and PostgreSQL, so search behaves alike on both.
 */
@Repository
public class SearchIndex {

	static final int TITLE_WEIGHT = 10;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	SearchIndex(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A document that matched, with its score (the summed weights of the matched terms). */
	public record Hit(long documentId, long score) {
	}

	public void reindex(long documentId, String title, Iterable<String> bodies) {
		Map<String, Integer> weights = SearchTerms.count(String.join(" ", bodies));
		SearchTerms.count(title).forEach((term, count) -> weights.merge(term, count * TITLE_WEIGHT, Integer::sum));
		jdbc.sql("delete from search_term where document_id = ?").param(documentId).update();
		List<Object[]> rows = new ArrayList<>(weights.size());
		weights.forEach((term, weight) -> rows.add(new Object[] { term, documentId, weight }));
		template.batchUpdate("insert into search_term (term, document_id, weight) values (?, ?, ?)", rows);
	}

	/**
	 * Documents that contain every term of the query; the last term also matches as a prefix ("pric" finds "pricing")
	 * so that search-as-you-type works. Best first.
	 */
	public List<Hit> search(String query, int limit) {
		List<String> terms = new ArrayList<>(SearchTerms.ofQuery(query));
		if (terms.isEmpty()) {
			return List.of();
		}
		String prefix = terms.remove(terms.size() - 1);
		if (terms.stream().anyMatch(term -> term.startsWith(prefix))) {
			// "price pri": a full term already satisfies the prefix, which must not count as a second term.
			return exact(Set.copyOf(terms), limit);
		}
		StringBuilder sql = new StringBuilder("""
				select document_id, sum(weight) as score from search_term
				 where (term like :prefix""");
		if (!terms.isEmpty()) {
			sql.append(" or term in (:terms)");
		}
		sql.append(") group by document_id having count(distinct case when term like :prefix then '*' else term end) = :needed")
			.append(" order by score desc, document_id desc limit :limit");
		var spec = jdbc.sql(sql.toString()).param("prefix", escapeLike(prefix) + "%").param("needed", terms.size() + 1)
			.param("limit", limit);
		if (!terms.isEmpty()) {
			spec = spec.param("terms", Set.copyOf(terms));
		}
		return spec.query((rs, row) -> new Hit(rs.getLong(1), rs.getLong(2))).list();
	}

	private List<Hit> exact(Set<String> terms, int limit) {
		return jdbc.sql("""
				select document_id, sum(weight) as score from search_term where term in (:terms)
				 group by document_id having count(distinct term) = :needed
				 order by score desc, document_id desc limit :limit""")
			.param("terms", terms).param("needed", terms.size()).param("limit", limit)
			.query((rs, row) -> new Hit(rs.getLong(1), rs.getLong(2))).list();
	}

	private static String escapeLike(String term) {
		return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
