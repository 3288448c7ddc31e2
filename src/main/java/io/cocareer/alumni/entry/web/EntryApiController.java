package io.cocareer.alumni.entry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.alumni.entry.EntryCoverage;
import io.cocareer.alumni.entry.EntryService;
import io.cocareer.alumni.entry.WelcomeView;
import io.cocareer.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The alumni programme at entry over JSON: the caller's own welcome and acknowledgement, and the
 * talent lead's coverage (counts of groups below k are {@code null}) with the worklist. Its schemas
 * are {@code Entry…}.
 */
@RestController
class EntryApiController {

	private final EntryService entry;

	EntryApiController(EntryService entry) {
		this.entry = entry;
	}

	/** The caller's part of the alumni welcome: whether an acknowledgement awaits them, and when they gave it. */
	@GetMapping("/api/v1/me/alumni-welcome")
	WelcomeResponse welcome(Actor actor) {
		return WelcomeResponse.of(this.entry.welcome(actor));
	}

	/** The caller says they have read it (again: nothing changes). */
	@PostMapping("/api/v1/me/alumni-welcome/acknowledgement")
	WelcomeResponse acknowledge(Actor actor) {
		return WelcomeResponse.of(this.entry.acknowledge(actor));
	}

	/** The talent lead's coverage of the hires of the last eight quarters, by unit and by cohort. */
	@GetMapping("/api/v1/alumni/entry/coverage")
	CoverageResponse coverage(Actor actor) {
		return CoverageResponse.of(this.entry.coverage(actor));
	}

	/** The talent lead reminds a new hire still to acknowledge. */
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PostMapping("/api/v1/alumni/entry/coverage/reminders/{personId}")
	void remind(Actor actor, @PathVariable UUID personId) {
		this.entry.remind(actor, personId);
	}

	/**
	 * Schema {@code EntryCoverageResponse}: counts of a group below {@code minGroupSize} (or
	 * that would let one be worked out) are {@code null}; {@code pending} names the new hires of the
	 * last 90 days still to acknowledge.
	 */
	record CoverageResponse(int minGroupSize, LocalDate since, CoverageRow total, List<CoverageRow> byUnit,
			List<CoverageRow> byCohort, List<PendingHire> pending) {

		static CoverageResponse of(EntryCoverage c) {
			return new CoverageResponse(c.minGroupSize(), c.since(), CoverageRow.of(c.total()),
					c.byUnit().stream().map(CoverageRow::of).toList(), c.byCohort().stream().map(CoverageRow::of).toList(),
					c.pending().stream()
						.map((p) -> new PendingHire(p.personId(), p.name(), p.unit(), p.hiredOn(), p.remindedAt()))
						.toList());
		}

	}

	/** Schema {@code EntryCoverageRow}: a unit, a cohort ({@code 2026 Q3}) or the total ({@code ""}). */
	record CoverageRow(String label, @Nullable Long hires, @Nullable Long acknowledged, @Nullable Long notYet) {

		static CoverageRow of(EntryCoverage.Row r) {
			return new CoverageRow(r.label(), r.hires(), r.acknowledged(), r.notYet());
		}

	}

	/** Schema {@code EntryPendingHire}. */
	record PendingHire(UUID personId, String name, @Nullable String unit, LocalDate hiredOn,
			@Nullable Instant remindedAt) {

	}

	/** Schema {@code EntryWelcomeResponse}. */
	record WelcomeResponse(boolean mayAcknowledge, boolean pending, boolean acknowledged, @Nullable LocalDate hiredOn,
			@Nullable Instant acknowledgedAt, String readAt, List<String> offers) {

		static WelcomeResponse of(WelcomeView w) {
			return new WelcomeResponse(w.mayAcknowledge(), w.pending(), w.acknowledged(), w.hiredOn(),
					w.acknowledgedAt(), "/alumni/welcome",
					List.of("relationships", "collaboration", "referrals", "boomerang", "mobility"));
		}

	}

}
