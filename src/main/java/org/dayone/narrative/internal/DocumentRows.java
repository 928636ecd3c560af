package org.dayone.narrative.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.dayone.narrative.Document;
import org.dayone.narrative.DocumentStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code document} table. The current revision only moves forward, by a conditional update. */
@Repository
public class DocumentRows {

	static final String COLUMNS = "id, title, status, author_id, team, template_key, current_revision, "
			+ "baseline_revision, created_at, updated_at";

	private final JdbcClient jdbc;

	DocumentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String title, String authorId, @Nullable String team, String templateKey, DocumentStatus status,
			OffsetDateTime now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into document (title, status, author_id, team, template_key, current_revision, baseline_revision,
				                      created_at, updated_at)
				values (?, ?, ?, ?, ?, 1, 1, ?, ?)""")
			.params(title, status.name(), authorId, team, templateKey, now, now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public Optional<Document> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from document where id = ?").param(id).query(DocumentRows::document)
			.optional();
	}

	/**
	 * Moves the current revision from {@code base} to {@code base + 1}; returns false when another save got there
	 * first (or the document is archived), so that two saves based on the same revision can never both win.
	 */
	public boolean advance(long id, int base, String title, OffsetDateTime now) {
		return jdbc.sql("""
				update document set current_revision = ?, title = ?, updated_at = ?
				 where id = ? and current_revision = ? and status <> 'ARCHIVED'""")
			.params(base + 1, title, now, id, base).update() == 1;
	}

	public boolean setBaseline(long id, int revision) {
		return jdbc.sql("update document set baseline_revision = ? where id = ? and current_revision >= ?")
			.params(revision, id, revision).update() == 1;
	}

	public void setStatus(long id, DocumentStatus status, OffsetDateTime now) {
		jdbc.sql("update document set status = ?, updated_at = ? where id = ?").params(status.name(), now, id).update();
	}

	public long count() {
		return jdbc.sql("select count(*) from document").query(Long.class).single();
	}

	static Document document(ResultSet rs, int row) throws SQLException {
		return new Document(rs.getLong("id"), rs.getString("title"), DocumentStatus.valueOf(rs.getString("status")),
				rs.getString("author_id"), rs.getString("team"), rs.getString("template_key"),
				rs.getInt("current_revision"), rs.getInt("baseline_revision"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
	}
}
