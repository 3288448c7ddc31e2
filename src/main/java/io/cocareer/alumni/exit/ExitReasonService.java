package io.cocareer.alumni.exit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.cocareer.alumni.exit.internal.ExitAccess;
import io.cocareer.alumni.exit.internal.ExitReason;
import io.cocareer.alumni.exit.internal.ExitReasons;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent lead's taxonomy of exit reasons: each reason has a code (kept for good), a label, a
 * kind (which sets the default rehire eligibility) and an active flag (an inactive reason is kept
 * for the exits that used it, and offered to no new one). The migration brings a default taxonomy.
 */
@Service
public class ExitReasonService {

	public static final int MAX_LABEL = 120;

	private static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

	private final ExitReasons reasons;

	private final ExitAccess access;

	private final ApplicationEventPublisher events;

	ExitReasonService(ExitReasons reasons, ExitAccess access, ApplicationEventPublisher events) {
		this.reasons = reasons;
		this.access = access;
		this.events = events;
	}

	/** Whether the actor configures the taxonomy (the talent lead). */
	public boolean mayConfigure(Actor actor) {
		return this.access.isLead(actor);
	}

	/** Every reason, active or not, in the taxonomy's order: the talent lead's. */
	@Transactional(readOnly = true)
	public List<ExitReasonView> all(Actor actor) {
		requireLead(actor);
		return this.reasons.findAllByOrderByPositionAscCodeAsc().stream().map(ExitReason::toView).toList();
	}

	/** The reasons an exit may be given now; the interview's choices too. Safe: the organisation's words. */
	@Transactional(readOnly = true)
	public List<ExitReasonView> active() {
		return this.reasons.findAllByOrderByPositionAscCodeAsc().stream().filter(ExitReason::active).map(ExitReason::toView)
			.toList();
	}

	/** A reason by its code, active or not. Safe: the organisation's words. */
	@Transactional(readOnly = true)
	public Optional<ExitReasonView> find(String code) {
		return (code == null) ? Optional.empty() : this.reasons.findById(code).map(ExitReason::toView);
	}

	@Transactional
	public String create(Actor actor, SaveExitReason command) {
		requireLead(actor);
		String code = (command.code() == null) ? "" : command.code().strip().toUpperCase(Locale.ROOT);
		if (!code.matches(CODE)) {
			throw new InvalidInput("code", "alumni.exit.reason.codeInvalid",
					"A code has 2 to 40 capital letters, digits or underscores, starting with a letter");
		}
		if (this.reasons.existsById(code)) {
			throw new InvalidInput("code", "alumni.exit.reason.codeTaken", "There is already a reason with this code", code);
		}
		check(command);
		ExitReason reason = new ExitReason(code, command.label().strip(), command.kind(), this.reasons.lastPosition() + 10);
		if (!command.active()) {
			reason.change(reason.label(), reason.kind(), false);
		}
		this.reasons.save(reason);
		this.events.publishEvent(AuditEvent.open("alumni.exit.reasonAdded", "alumniExitReason", code,
				AuditEvent.text(code), AuditEvent.term("alumni.exit.kind." + reason.kind())));
		return code;
	}

	@Transactional
	public void change(Actor actor, String code, SaveExitReason command, Long expectedVersion) {
		requireLead(actor);
		ExitReason reason = this.reasons.findById(code)
			.orElseThrow(() -> new NotFoundException("alumni.exit.reason.notFound", "There is no such exit reason"));
		if (expectedVersion != null && reason.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The reason changed since it was read");
		}
		check(command);
		reason.change(command.label().strip(), command.kind(), command.active());
		this.events.publishEvent(AuditEvent.open("alumni.exit.reasonChanged", "alumniExitReason", code,
				AuditEvent.text(code), AuditEvent.term("alumni.exit.kind." + reason.kind())));
	}

	private static void check(SaveExitReason command) {
		if (command.label() == null || command.label().isBlank()) {
			throw new InvalidInput("label", "alumni.exit.reason.labelRequired", "Give the reason a label");
		}
		if (command.label().strip().length() > MAX_LABEL) {
			throw new InvalidInput("label", "alumni.exit.reason.labelTooLong",
					"A label has at most %d characters".formatted(MAX_LABEL), MAX_LABEL);
		}
		if (command.kind() == null) {
			throw new InvalidInput("kind", "alumni.exit.reason.kindRequired", "Choose what kind of reason it is");
		}
	}

	private void requireLead(Actor actor) {
		if (!this.access.isLead(actor)) {
			throw new PermissionDenied("alumni.exit.reason.denied", "Only the talent lead configures the exit reasons");
		}
	}

}
