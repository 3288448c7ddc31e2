package io.cocareer.alumni.exit.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.alumni.exit.Collaboration;
import io.cocareer.alumni.exit.CompletedExit;
import io.cocareer.alumni.exit.ConnectionSection;
import io.cocareer.alumni.exit.ExitService;
import io.cocareer.alumni.exit.ExitSummary;
import io.cocareer.alumni.exit.ExitView;
import io.cocareer.alumni.exit.HandoverItem;
import io.cocareer.alumni.exit.InterviewAnonymity;
import io.cocareer.alumni.exit.InterviewSection;
import io.cocareer.alumni.exit.OpenToReturn;
import io.cocareer.alumni.exit.ReasonSection;
import io.cocareer.alumni.exit.ReentrySection;
import io.cocareer.alumni.exit.StartExit;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Actor;
import io.cocareer.shared.InvalidInput;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exit protocols over JSON: the list, starting one (or recording a past exit), each section, the
 * leaver's consent, and completing. What the caller reads is what {@code ExitAccess} lets them:
 * a protocol they may not see answers 404; a refusal is problem+json with a stable code.
 */
@RestController
@RequestMapping("/api/v1/exits")
class ExitApiController {

	private final ExitService exits;

	private final PeopleDirectory people;

	ExitApiController(ExitService exits, PeopleDirectory people) {
		this.exits = exits;
		this.people = people;
	}

	@GetMapping
	List<ExitSummary> list(Actor actor) {
		return this.exits.list(actor);
	}

	/**
	 * Starts the protocol of a person still employed (by {@code personId} or {@code employeeId}),
	 * leaving on {@code leavingOn}; with {@code pastExit} the talent lead records the protocol of
	 * someone who already left (their leaving date stays as it is).
	 */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ExitView> start(Actor actor, @RequestBody StartRequest request) {
		UUID personId = request.personId();
		if (personId == null && request.employeeId() != null && !request.employeeId().isBlank()) {
			personId = this.people.personIdOf(request.employeeId().strip())
				.orElseThrow(() -> new InvalidInput("employeeId", "alumni.exit.personUnknown", "There is no such person"));
		}
		UUID id = Boolean.TRUE.equals(request.pastExit()) ? this.exits.recordPastExit(actor, personId)
				: this.exits.start(actor, new StartExit(personId, request.leavingOn()));
		return ResponseEntity.created(URI.create("/api/v1/exits/" + id)).body(this.exits.get(actor, id));
	}

	@GetMapping("/{id}")
	ExitView get(Actor actor, @PathVariable UUID id) {
		return this.exits.get(actor, id);
	}

	@PutMapping("/{id}/reason")
	ExitView reason(Actor actor, @PathVariable UUID id, @RequestBody ReasonRequest request) {
		this.exits.saveReason(actor, id, new ReasonSection(request.leavingOn(), request.reasonCode(),
				request.eligibility(), request.eligibilityNote()), request.version());
		return this.exits.get(actor, id);
	}

	@PutMapping("/{id}/connection")
	ExitView connection(Actor actor, @PathVariable UUID id, @RequestBody ConnectionRequest request) {
		this.exits.saveConnection(actor, id, request.toSection(), request.version());
		return this.exits.get(actor, id);
	}

	@PutMapping("/{id}/collaborations")
	ExitView collaborations(Actor actor, @PathVariable UUID id, @RequestBody CollaborationsRequest request) {
		this.exits.saveCollaborations(actor, id, request.collaborations(), request.version());
		return this.exits.get(actor, id);
	}

	@PutMapping("/{id}/reentry")
	ExitView reentry(Actor actor, @PathVariable UUID id, @RequestBody ReentryRequest request) {
		this.exits.saveReentry(actor, id, new ReentrySection(request.openToReturn(), request.when(),
				request.conditions()), request.version());
		return this.exits.get(actor, id);
	}

	@PutMapping("/{id}/handover")
	ExitView handover(Actor actor, @PathVariable UUID id, @RequestBody HandoverRequest request) {
		this.exits.saveHandover(actor, id, request.items(), request.version());
		return this.exits.get(actor, id);
	}

	/** The leaver's exit interview. */
	@PutMapping("/{id}/interview")
	ExitView interview(Actor actor, @PathVariable UUID id, @RequestBody InterviewRequest request) {
		this.exits.saveInterview(actor, id, new InterviewSection(request.anonymity(), request.reasonCode(),
				request.wouldHaveKept(), request.comments()), request.version());
		return this.exits.get(actor, id);
	}

	/** The leaver consents to be contacted: email, channels and cadence. */
	@PostMapping("/{id}/consent")
	ExitView consent(Actor actor, @PathVariable UUID id, @RequestBody ConnectionRequest request) {
		this.exits.giveConsent(actor, id, request.toSection());
		return this.exits.get(actor, id);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}/consent")
	void withdraw(Actor actor, @PathVariable UUID id) {
		this.exits.withdrawConsent(actor, id);
	}

	/** Completes the exit; a new alumni portal account's one-time password is in the answer, this once. */
	@PostMapping("/{id}/complete")
	CompletedExit complete(Actor actor, @PathVariable UUID id) {
		return this.exits.complete(actor, id);
	}

	record StartRequest(@Nullable UUID personId, @Nullable String employeeId, @Nullable LocalDate leavingOn,
			@Nullable Boolean pastExit) {

	}

	record ReasonRequest(@Nullable LocalDate leavingOn, @Nullable String reasonCode,
			@Nullable RehireEligibility eligibility, @Nullable String eligibilityNote, @Nullable Long version) {

	}

	record ConnectionRequest(@Nullable String email, @Nullable Set<ContactChannel> channels,
			@Nullable ContactCadence cadence, @Nullable Long version) {

		ConnectionSection toSection() {
			return new ConnectionSection(this.email, this.channels, this.cadence);
		}

	}

	record CollaborationsRequest(@Nullable List<Collaboration> collaborations, @Nullable Long version) {

	}

	record ReentryRequest(@Nullable OpenToReturn openToReturn, @Nullable String when, @Nullable String conditions,
			@Nullable Long version) {

	}

	record HandoverRequest(@Nullable List<HandoverItem> items, @Nullable Long version) {

	}

	record InterviewRequest(@Nullable InterviewAnonymity anonymity, @Nullable String reasonCode,
			@Nullable String wouldHaveKept, @Nullable String comments, @Nullable Long version) {

	}

}
