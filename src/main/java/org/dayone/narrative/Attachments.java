package org.dayone.narrative;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.dayone.narrative.internal.ImageSanitizer;
import org.dayone.people.CurrentUser;
import org.dayone.web.ForbiddenException;
import org.dayone.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Images attached to documents: checked by content, cleaned of metadata, size-limited, stored in the database. */
@Service
public class Attachments {

	public static final int MAX_BYTES = 5 * 1024 * 1024;
	private static final String COLUMNS = "id, document_id, original_name, content_type, size_bytes, uploaded_by, created_at";

	private final JdbcClient jdbc;
	private final DocumentManagement documents;
	private final Clock clock;

	Attachments(JdbcClient jdbc, DocumentManagement documents, Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.clock = clock;
	}

	@Transactional
	public Attachment attach(long documentId, String originalName, byte[] bytes, CurrentUser user) {
		Document document = documents.document(documentId);
		if (!documents.canEdit(document, user)) {
			throw new ForbiddenException("Only people who can edit this document can attach files to it.");
		}
		if (bytes.length == 0) {
			throw new InvalidInputException("file", "The file is empty. Choose an image to attach.");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidInputException("file", "The file has " + bytes.length / 1024 / 1024
					+ " MB; the limit is 5 MB. Compress or scale the image.");
		}
		ImageSanitizer.CleanImage clean = ImageSanitizer.clean(bytes);
		String id = UUID.randomUUID().toString();
		String name = safeName(originalName, clean.extension());
		jdbc.sql("""
				insert into attachment (id, document_id, original_name, content_type, size_bytes, content, uploaded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, documentId, name, clean.contentType(), clean.bytes().length, clean.bytes(), user.personId(),
					OffsetDateTime.now(clock))
			.update();
		return find(documentId, id).orElseThrow();
	}

	public List<Attachment> list(long documentId) {
		return jdbc.sql("select " + COLUMNS + " from attachment where document_id = ? order by created_at")
			.param(documentId).query(Attachments::attachment).list();
	}

	public Optional<Attachment> find(long documentId, String id) {
		return jdbc.sql("select " + COLUMNS + " from attachment where document_id = ? and id = ?")
			.params(documentId, id).query(Attachments::attachment).optional();
	}

	public Optional<byte[]> content(long documentId, String id) {
		return jdbc.sql("select content from attachment where document_id = ? and id = ?").params(documentId, id)
			.query((rs, row) -> rs.getBytes(1)).optional();
	}

	/** The uploader's file name with anything odd removed and the extension of what is really stored. */
	static String safeName(String originalName, String extension) {
		String base = originalName.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "")
			.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
		if (base.isEmpty()) {
			base = "image";
		}
		if (base.length() > 100) {
			base = base.substring(0, 100);
		}
		return base + "." + extension;
	}

	private static Attachment attachment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Attachment(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				rs.getString(6), rs.getObject(7, OffsetDateTime.class));
	}
}
