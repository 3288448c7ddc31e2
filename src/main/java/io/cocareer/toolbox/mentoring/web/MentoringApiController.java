package io.cocareer.toolbox.mentoring.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.assignment.Assignment;
import io.cocareer.toolbox.mentoring.AgreementTerms;
import io.cocareer.toolbox.mentoring.MentoringCohortSummary;
import io.cocareer.toolbox.mentoring.MentoringCohortView;
import io.cocareer.toolbox.mentoring.MenteeEnrolmentRequest;
import io.cocareer.toolbox.mentoring.MentorEnrolmentRequest;
import io.cocareer.toolbox.mentoring.MentoringPairService;
import io.cocareer.toolbox.mentoring.MentoringService;
import io.cocareer.toolbox.mentoring.MyMentoring;
import io.cocareer.toolbox.mentoring.NewCohort;
import io.cocareer.toolbox.mentoring.NewFeedback;
import io.cocareer.toolbox.mentoring.NewMeeting;
import io.cocareer.toolbox.mentoring.MentoringPairView;
import io.cocareer.toolbox.mentoring.PreviousMentor;
import io.cocareer.toolbox.mentoring.RuleKind;

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
 * Mentoring programmes over JSON: cohorts, enrolment, the matching with its pins and bans,
 * publishing and ending, the reader's own mentoring, and a pair's agreement, meetings and feedback.
 * A cohort or a pair the caller may not read does not exist (404); pins that cannot hold are a 409
 * {@code toolbox.mentoring.rule.pinsInfeasible} naming each. Schemas are {@code Mentoring…}.
 */
@RestController
@RequestMapping("/api/v1/toolbox/mentoring")
class MentoringApiController {

	private final MentoringService mentoring;

	private final MentoringPairService pairs;

	MentoringApiController(MentoringService mentoring, MentoringPairService pairs) {
		this.mentoring = mentoring;
		this.pairs = pairs;
	}

	/** The cohorts the caller reads: all for the talent lead; open ones and their own for others. */
	@GetMapping("/cohorts")
	List<MentoringCohortSummary> cohorts(Actor actor) {
		return this.mentoring.list(actor);
	}

	/** The talent lead opens a cohort for enrolment. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/cohorts")
	ResponseEntity<MentoringCohortView> create(Actor actor, @Valid @RequestBody CohortRequest request) {
		UUID id = this.mentoring.create(actor,
				new NewCohort(request.title(), request.goal(), request.startsOn(), request.endsOn()));
		return ResponseEntity.created(URI.create("/api/v1/toolbox/mentoring/cohorts/" + id))
			.body(this.mentoring.get(actor, id));
	}

	/** A cohort: for the lead with its enrolments, matching, pins and feedback summary. */
	@GetMapping("/cohorts/{id}")
	MentoringCohortView cohort(Actor actor, @PathVariable UUID id) {
		return this.mentoring.get(actor, id);
	}

	/** Enrols a mentor: the caller (no {@code personId}) or, the lead, anyone of staff. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/cohorts/{id}/mentors")
	MentoringCohortView enrolMentor(Actor actor, @PathVariable UUID id, @Valid @RequestBody MentorRequest request) {
		this.mentoring.enrolMentor(actor, id, request.toRequest());
		return this.mentoring.get(actor, id);
	}

	/** Changes a mentor's capacity, topics and availability; the capacity cannot go below the pins on them. */
	@PutMapping("/cohorts/{id}/mentors/{mentorId}")
	MentoringCohortView changeMentor(Actor actor, @PathVariable UUID id, @PathVariable UUID mentorId,
			@Valid @RequestBody MentorRequest request) {
		this.mentoring.changeMentor(actor, id, mentorId, request.toRequest(),
				io.cocareer.shared.Versions.required(request.version()));
		return this.mentoring.get(actor, id);
	}

	/** Enrols a mentee: the caller, a talent (no {@code personId}) or, the lead, any talent. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/cohorts/{id}/mentees")
	MentoringCohortView enrolMentee(Actor actor, @PathVariable UUID id, @Valid @RequestBody MenteeRequest request) {
		this.mentoring.enrolMentee(actor, id, new MenteeEnrolmentRequest(PersonId.ofNullable(request.personId()),
				request.goals(), PersonId.ofNullable(request.preferredMentorId()),
				Boolean.TRUE.equals(request.preferOtherUnit()), request.previousMentor()));
		return this.mentoring.get(actor, id);
	}

	@PostMapping("/cohorts/{id}/close-enrolment")
	MentoringCohortView closeEnrolment(Actor actor, @PathVariable UUID id) {
		this.mentoring.closeEnrolment(actor, id);
		return this.mentoring.get(actor, id);
	}

	/** Runs the matching and answers the cohort with its new draft (and the run's totals). */
	@PostMapping("/cohorts/{id}/matching")
	MatchingResponse match(Actor actor, @PathVariable UUID id) {
		Assignment assignment = this.mentoring.runMatching(actor, id);
		return new MatchingResponse(assignment.pairs().size(), assignment.unplaced().size(), assignment.totalScore(),
				assignment.loadPenalty(), this.mentoring.weights().describe(), this.mentoring.get(actor, id));
	}

	/** Pins or forbids a pair of enrolments; a pin that cannot hold is a 409 naming the conflict. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/cohorts/{id}/rules")
	MentoringCohortView rule(Actor actor, @PathVariable UUID id, @Valid @RequestBody RuleRequest request) {
		this.mentoring.setRule(actor, id, request.menteeId(), request.mentorId(), request.kind());
		return this.mentoring.get(actor, id);
	}

	@DeleteMapping("/cohorts/{id}/rules/{ruleId}")
	MentoringCohortView removeRule(Actor actor, @PathVariable UUID id, @PathVariable UUID ruleId) {
		this.mentoring.removeRule(actor, id, ruleId);
		return this.mentoring.get(actor, id);
	}

	/** Publishes the matching (the version of the cohort read): the cohort runs, the pairs are told. */
	@PostMapping("/cohorts/{id}/publish")
	MentoringCohortView publish(Actor actor, @PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		this.mentoring.publish(actor, id, request.version());
		return this.mentoring.get(actor, id);
	}

	@PostMapping("/cohorts/{id}/end")
	MentoringCohortView end(Actor actor, @PathVariable UUID id) {
		this.mentoring.end(actor, id);
		return this.mentoring.get(actor, id);
	}

	/** The caller's pairs, enrolments, open cohorts and (a manager) their reports' pairs. */
	@GetMapping("/mine")
	MyMentoring mine(Actor actor) {
		return this.mentoring.mine(actor);
	}

	/** A pair: its mentor and mentee (with the private notes) and the lead (without) read it. */
	@GetMapping("/pairs/{id}")
	MentoringPairView pair(Actor actor, @PathVariable UUID id) {
		return this.pairs.get(actor, id);
	}

	@PutMapping("/pairs/{id}/agreement")
	MentoringPairView agree(Actor actor, @PathVariable UUID id, @Valid @RequestBody AgreementRequest request) {
		this.pairs.agree(actor, id, new AgreementTerms(request.goals(), request.rhythm(), request.confidentiality()),
				request.version());
		return this.pairs.get(actor, id);
	}

	@PostMapping("/pairs/{id}/agreement/accept")
	MentoringPairView accept(Actor actor, @PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		this.pairs.accept(actor, id, request.version());
		return this.pairs.get(actor, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/pairs/{id}/meetings")
	MentoringPairView logMeeting(Actor actor, @PathVariable UUID id, @Valid @RequestBody MeetingRequest request) {
		this.pairs.logMeeting(actor, id, new NewMeeting(request.heldOn(), request.topics(), request.privateNote()));
		return this.pairs.get(actor, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/pairs/{id}/feedback")
	MentoringPairView feedback(Actor actor, @PathVariable UUID id, @Valid @RequestBody FeedbackRequest request) {
		this.pairs.giveFeedback(actor, id, new NewFeedback(request.rating(), request.comment()));
		return this.pairs.get(actor, id);
	}

	/** Schema {@code MentoringCohortRequest}. */
	record CohortRequest(@Nullable String title, @Nullable String goal, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn) {

	}

	/** Schema {@code MentoringMentorRequest}: {@code version} only to change an enrolment. */
	record MentorRequest(@Nullable UUID personId, @Nullable Integer capacity, @Nullable String topics,
			@Nullable String availability, @Nullable Long version) {

		MentorEnrolmentRequest toRequest() {
			return new MentorEnrolmentRequest(PersonId.ofNullable(this.personId), this.capacity, this.topics,
					this.availability);
		}

	}

	/** Schema {@code MentoringMenteeRequest}. */
	record MenteeRequest(@Nullable UUID personId, @Nullable String goals, @Nullable UUID preferredMentorId,
			@Nullable Boolean preferOtherUnit, @Nullable PreviousMentor previousMentor) {

	}

	/** Schema {@code MentoringRuleRequest}: a pair of enrolment ids, pinned or forbidden. */
	record RuleRequest(@NotNull UUID menteeId, @NotNull UUID mentorId, @NotNull RuleKind kind) {

	}

	/** Schema {@code MentoringVersionRequest}. */
	record VersionRequest(@NotNull Long version) {

	}

	/** Schema {@code MentoringAgreementRequest}. */
	record AgreementRequest(@Nullable @Size(max = MentoringPairService.MAX_TEXT) String goals,
			@Nullable @Size(max = MentoringPairService.MAX_RHYTHM) String rhythm,
			@Nullable @Size(max = MentoringPairService.MAX_TEXT) String confidentiality, @NotNull Long version) {

	}

	/** Schema {@code MentoringMeetingRequest}. */
	record MeetingRequest(@Nullable LocalDate heldOn, @Nullable String topics, @Nullable String privateNote) {

	}

	/** Schema {@code MentoringFeedbackRequest}. */
	record FeedbackRequest(@Nullable Integer rating, @Nullable String comment) {

	}

	/**
	 * Schema {@code MentoringMatchingResponse}: the run's totals (scores of 1000), the weights it
	 * used, and the cohort with its new draft.
	 */
	record MatchingResponse(int matched, int unmatched, long totalScore, long loadPenalty, String weights,
			MentoringCohortView cohort) {

	}

}
