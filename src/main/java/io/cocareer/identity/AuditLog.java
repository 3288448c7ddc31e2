package io.cocareer.identity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.identity.internal.AuditArguments;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PermissionDenied;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log, newest first, optionally filtered by actor, action or subject. Each
 * entry reads as a sentence in the reader's language ("Marco Rossi moved the tour … to active"),
 * with people named as they are now. What a reader may read of an entry is decided here, in one
 * place: an entry about private career data ({@link AuditEvent.Privacy#CAREER}) shows its
 * arguments only to a talent lead, who reads that data on every other path as well; anyone else
 * (an administrator) reads who did what to which record, and nothing of its content.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	static final String FALLBACK = "audit.fallback";

	private final JdbcClient jdbc;

	private final PeopleDirectory people;

	private final MessageSource messages;

	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, PeopleDirectory people, MessageSource messages, JsonMapper json) {
		this.jdbc = jdbc;
		this.people = people;
		this.messages = messages;
		this.json = json;
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
			where.append(" and e.actor = :actor");
			params.put("actor", actor.strip().toLowerCase(Locale.ROOT));
		}
		if (action != null && !action.isBlank()) {
			where.append(" and e.action like :action");
			params.put("action", escapeLike(action.strip()) + "%");
		}
		if (subjectId != null && !subjectId.isBlank()) {
			where.append(" and e.subject_id = :subjectId");
			params.put("subjectId", subjectId.strip());
		}
		long total = this.jdbc.sql("select count(*) from audit_entry e" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc.sql("""
				select e.id, e.occurred_at, e.actor, e.action, e.subject_type, e.subject_id, e.privacy, e.arguments,
				  a.display_name, a.person_id
				from audit_entry e left join account a on a.username = e.actor""" + where
				+ " order by e.occurred_at desc, e.id limit :limit offset :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class),
					rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"), rs.getString("action"),
					rs.getString("subject_type"), rs.getString("subject_id"),
					AuditEvent.Privacy.valueOf(rs.getString("privacy")),
					AuditArguments.decode(this.json, rs.getString("arguments")), rs.getString("display_name"),
					rs.getObject("person_id", UUID.class)))
			.list();
		return new PageResult<>(render(reader, rows), paging.page(), paging.size(), total);
	}

	/** Whether this reader may read the content (the arguments) of an entry. */
	static boolean mayReadContent(Actor reader, AuditEvent.Privacy privacy) {
		return privacy == AuditEvent.Privacy.OPEN || reader.isTalentLead();
	}

	private List<AuditEntryView> render(Actor reader, List<Row> rows) {
		Set<UUID> personIds = new HashSet<>();
		for (Row row : rows) {
			if (row.actorPersonId() != null) {
				personIds.add(row.actorPersonId());
			}
			for (AuditEvent.Argument argument : row.readableArguments(reader)) {
				if (argument.kind() == AuditEvent.Argument.Kind.PERSON && !argument.value().isEmpty()) {
					personIds.add(UUID.fromString(argument.value()));
				}
			}
		}
		Map<UUID, PersonSummary> persons = this.people.summaries(personIds);
		Locale locale = LocaleContextHolder.getLocale();
		List<AuditEntryView> views = new ArrayList<>(rows.size());
		for (Row row : rows) {
			String actorName = actorName(row, persons, locale);
			views.add(new AuditEntryView(row.id(), row.occurredAt().toInstant(), row.actor(), actorName, row.action(),
					row.subjectType(), row.subjectId(), sentence(reader, row, actorName, persons, locale)));
		}
		return views;
	}

	private String sentence(Actor reader, Row row, String actorName, Map<UUID, PersonSummary> persons,
			Locale locale) {
		List<AuditEvent.Argument> arguments = row.readableArguments(reader);
		boolean full = row.arguments() != null && (arguments.size() == row.arguments().size());
		List<Object> words = new ArrayList<>();
		words.add(actorName);
		if (full) {
			arguments.forEach((argument) -> words.add(word(argument, persons, locale)));
		}
		String code = "audit." + row.action() + (full ? "" : ".brief");
		// a missing sentence (an action added without its wording) still reads, from the fallback
		String fallback = this.messages.getMessage(FALLBACK, new Object[] { actorName, row.action() }, locale);
		return this.messages.getMessage(new DefaultMessageSourceResolvable(new String[] { code }, words.toArray(),
				fallback), locale);
	}

	private String word(AuditEvent.Argument argument, Map<UUID, PersonSummary> persons, Locale locale) {
		return switch (argument.kind()) {
			case TEXT -> argument.value();
			case TERM -> term(argument.value(), locale);
			case TERMS -> String.join(", ", argument.value().isEmpty() ? List.of()
					: java.util.Arrays.stream(argument.value().split("\\|")).map((code) -> term(code, locale)).toList());
			case PERSON -> {
				PersonSummary person = argument.value().isEmpty() ? null : persons.get(UUID.fromString(argument.value()));
				yield (person != null) ? person.fullName() : this.messages.getMessage("audit.someone", null, locale);
			}
		};
	}

	/** A word from the bundles; one that is missing reads as its last part ("AWAITING_SIGNATURES": "awaiting signatures"). */
	private String term(String code, Locale locale) {
		String last = code.substring(code.lastIndexOf('.') + 1).replace('_', ' ').toLowerCase(Locale.ROOT);
		return this.messages.getMessage(code, null, last, locale);
	}

	private String actorName(Row row, Map<UUID, PersonSummary> persons, Locale locale) {
		PersonSummary person = (row.actorPersonId() != null) ? persons.get(row.actorPersonId()) : null;
		if (person != null) {
			return person.fullName();
		}
		if (row.actorDisplayName() != null) {
			return row.actorDisplayName();
		}
		return "system".equals(row.actor()) ? this.messages.getMessage("audit.actor.system", null, locale) : row.actor();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private record Row(UUID id, OffsetDateTime occurredAt, String actor, String action, String subjectType,
			String subjectId, AuditEvent.Privacy privacy, List<AuditEvent.Argument> arguments, String actorDisplayName,
			UUID actorPersonId) {

		/** The arguments this reader may read: all of them, or none. */
		List<AuditEvent.Argument> readableArguments(Actor reader) {
			return (this.arguments != null && mayReadContent(reader, this.privacy)) ? this.arguments : List.of();
		}

	}

}
