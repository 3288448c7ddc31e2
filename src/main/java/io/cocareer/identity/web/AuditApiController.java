package io.cocareer.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.identity.AuditEntryView;
import io.cocareer.identity.AuditLog;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over the API: talent lead and administrator. */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	AuditPage search(Actor actor, @RequestParam(name = "actor", required = false) String actorName,
			@RequestParam(required = false) String action, @RequestParam(required = false) String subject,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageResult<AuditEntryView> result = this.audit.search(actor, actorName, action, subject, Paging.of(page, size));
		return new AuditPage(result.items().stream().map(AuditEntry::from).toList(), result.page(), result.size(),
				result.total());
	}

	record AuditPage(List<AuditEntry> items, int page, int size, long total) {

	}

	/** One entry: who (user name and name), what (the action's stable name), which record, and the sentence. */
	record AuditEntry(UUID id, Instant occurredAt, String actor, @Nullable String actorName, String action,
			@Nullable String subjectType, @Nullable String subjectId, @Nullable String summary) {

		static AuditEntry from(AuditEntryView view) {
			return new AuditEntry(view.id(), view.occurredAt(), view.actor(), view.actorName(), view.action(),
					view.subjectType(), view.subjectId(), view.summary());
		}

	}

}
