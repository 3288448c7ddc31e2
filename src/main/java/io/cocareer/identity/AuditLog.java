package io.cocareer.identity;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PermissionDenied;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log, newest first, optionally filtered by actor, action or subject. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Talent lead and administrator browse the log; nobody else. */
	public PageResult<AuditEntryView> search(Actor reader, String actor, String action, String subjectId,
			Paging paging) {
		if (reader == null || !(reader.isAdministrator() || reader.isTalentLead())) {
			throw new PermissionDenied("shared.denied", "Only a talent lead or an administrator reads the audit log");
		}
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (actor != null && !actor.isBlank()) {
			where.append(" and actor = :actor");
			params.put("actor", actor.strip().toLowerCase(Locale.ROOT));
		}
		if (action != null && !action.isBlank()) {
			where.append(" and action like :action");
			params.put("action", escapeLike(action.strip()) + "%");
		}
		if (subjectId != null && !subjectId.isBlank()) {
			where.append(" and subject_id = :subjectId");
			params.put("subjectId", subjectId.strip());
		}
		long total = this.jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		List<AuditEntryView> entries = this.jdbc.sql("select * from audit_entry" + where
				+ " order by occurred_at desc, id limit :limit offset :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new AuditEntryView(rs.getObject("id", UUID.class),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
					rs.getString("details")))
			.list();
		return new PageResult<>(entries, paging.page(), paging.size(), total);
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
