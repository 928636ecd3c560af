package org.dayone.narrative.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.dayone.narrative.Revision;
import org.dayone.narrative.Section;
import org.dayone.narrative.SectionGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The {@code revision} and {@code revision_section} tables. Revisions are written once and never changed, so they
 * are cached freely: a cached revision can never be stale, on one instance or many.
 */
@Repository
public class RevisionRows {

	/** Revision metadata without sections, for histories. */
	public record Header(int number, String title, String authorId, @Nullable String message, OffsetDateTime createdAt) {
	}

	private final JdbcClient jdbc;
	private final Cache<String, Revision> cache = Caffeine.newBuilder().maximumWeight(64L * 1024 * 1024)
		.<String, Revision>weigher((key, revision) -> revision.sections().stream()
			.mapToInt(s -> 64 + s.body().length() * 2).sum())
		.expireAfterAccess(1, TimeUnit.HOURS).build();

	RevisionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Revision revision) {
		jdbc.sql("""
				insert into revision (document_id, number, title, author_id, message, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(revision.documentId(), revision.number(), revision.title(), revision.authorId(), revision.message(),
					revision.createdAt())
			.update();
		int position = 0;
		for (Section section : revision.sections()) {
			jdbc.sql("""
					insert into revision_section (document_id, revision_number, position, section_key, title,
					                              section_group, body)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(revision.documentId(), revision.number(), position++, section.key(), section.title(),
						section.group().key(), section.body())
				.update();
		}
	}

	public Optional<Revision> find(long documentId, int number) {
		String key = documentId + ":" + number;
		Revision cached = cache.getIfPresent(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Revision> loaded = load(documentId, number);
		// Inside a transaction the row may yet be rolled back; only what is committed is cached.
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			loaded.ifPresent(revision -> cache.put(key, revision));
		}
		return loaded;
	}

	public List<Header> headers(long documentId) {
		return jdbc.sql("""
				select number, title, author_id, message, created_at from revision
				 where document_id = ? order by number desc""")
			.param(documentId)
			.query((rs, row) -> new Header(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	private Optional<Revision> load(long documentId, int number) {
		Optional<Header> header = jdbc.sql("""
				select number, title, author_id, message, created_at from revision
				 where document_id = ? and number = ?""")
			.params(documentId, number)
			.query((rs, row) -> new Header(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.optional();
		return header.map(h -> new Revision(documentId, number, h.title(), h.authorId(), h.message(), h.createdAt(),
				sections(documentId, number)));
	}

	private List<Section> sections(long documentId, int number) {
		return jdbc.sql("""
				select section_key, title, section_group, body from revision_section
				 where document_id = ? and revision_number = ? order by position""")
			.params(documentId, number)
			.query((rs, row) -> new Section(rs.getString(1), rs.getString(2), SectionGroup.fromKey(rs.getString(3)),
					rs.getString(4)))
			.list();
	}
}
