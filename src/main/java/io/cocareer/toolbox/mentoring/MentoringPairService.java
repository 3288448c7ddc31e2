package io.cocareer.toolbox.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.mentoring.internal.Cohort;
import io.cocareer.toolbox.mentoring.internal.Cohorts;
import io.cocareer.toolbox.mentoring.internal.Feedback;
import io.cocareer.toolbox.mentoring.internal.Feedbacks;
import io.cocareer.toolbox.mentoring.internal.Meeting;
import io.cocareer.toolbox.mentoring.internal.Meetings;
import io.cocareer.toolbox.mentoring.internal.MenteeEnrolments;
import io.cocareer.toolbox.mentoring.internal.MentorEnrolments;
import io.cocareer.toolbox.mentoring.internal.MentoringAccess;
import io.cocareer.toolbox.mentoring.internal.MentoringPair;
import io.cocareer.toolbox.mentoring.internal.MentoringPairs;
import io.cocareer.toolbox.mentoring.internal.PairReasons;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A running mentoring pair: its agreement (both sides accept it), its meetings log (with a note
 * only the pair reads) and each side's end-of-programme feedback. The pair and the talent lead
 * read it (the lead without the private notes); for anyone else it does not exist (404).
 */
@Service
public class MentoringPairService {

	public static final int MAX_TEXT = 2000;

	public static final int MAX_RHYTHM = 200;

	public static final int MAX_TOPICS = 500;

	private final MentoringPairs pairs;

	private final Cohorts cohorts;

	private final MentorEnrolments mentors;

	private final MenteeEnrolments mentees;

	private final Meetings meetings;

	private final Feedbacks feedbacks;

	private final MentoringAccess access;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MentoringPairService(MentoringPairs pairs, Cohorts cohorts, MentorEnrolments mentors, MenteeEnrolments mentees,
			Meetings meetings, Feedbacks feedbacks, MentoringAccess access, PeopleDirectory people,
			ApplicationEventPublisher events, Clock clock) {
		this.pairs = pairs;
		this.cohorts = cohorts;
		this.mentors = mentors;
		this.mentees = mentees;
		this.meetings = meetings;
		this.feedbacks = feedbacks;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public MentoringPairView get(Actor actor, UUID pairId) {
		MentoringPair pair = readable(actor, pairId);
		Cohort cohort = this.cohorts.findById(pair.cohortId()).orElseThrow(MentoringAccess::pairNotFound);
		boolean notes = this.access.mayReadPrivateNotes(actor, pair);
		List<Meeting> logged = this.meetings.findByPairIdOrderByHeldOnDescCreatedAtDesc(pairId);
		Set<UUID> ids = new HashSet<>();
		ids.add(pair.menteePersonId());
		ids.add(pair.mentorPersonId());
		logged.forEach((m) -> ids.add(m.loggedBy()));
		PersonNames names = this.people.names(ids);
		MentoringPairSummary summary = PairReasons.summary(pair, cohort.title(), names,
				Map.of(pair.mentorId(), this.mentors.findById(pair.mentorId()).orElseThrow()),
				Map.of(pair.menteeId(), this.mentees.findById(pair.menteeId()).orElseThrow()));
		List<MentoringMeetingView> meetingViews = logged.stream()
			.map((m) -> new MentoringMeetingView(m.id(), m.heldOn(), m.topics(), notes ? m.privateNote() : null,
					(m.loggedBy() != null) ? names.of(PersonId.of(m.loggedBy()), null) : null))
			.toList();
		PairSide side = this.access.sideOf(actor, pair);
		Optional<Feedback> mine = (side != null) ? this.feedbacks.findByPairIdAndSide(pairId, side) : Optional.empty();
		boolean write = this.access.mayWrite(actor, pair);
		boolean accepted = side == PairSide.MENTOR ? pair.mentorAcceptedOn() != null
				: side == PairSide.MENTEE && pair.menteeAcceptedOn() != null;
		return new MentoringPairView(summary, cohort.status(), cohort.startsOn(), cohort.endsOn(), pair.agreementGoals(),
				pair.agreementRhythm(), pair.agreementConfidentiality(), pair.mentorAcceptedOn(),
				pair.menteeAcceptedOn(), meetingViews, side, mine.map(Feedback::rating).orElse(null),
				mine.map(Feedback::comment).orElse(null), pair.version(), write,
				write && pair.agreementGoals() != null && !accepted,
				mine.isEmpty() && this.access.mayGiveFeedback(actor, pair, cohort.status()), notes);
	}

	/** Writes the agreement's terms (either side, while the pair runs): both accept them again. */
	@Transactional
	public void agree(Actor actor, UUID pairId, AgreementTerms terms, long expectedVersion) {
		MentoringPair pair = writable(actor, pairId, expectedVersion);
		List<InvalidInput> problems = agreementProblems(terms);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		pair.agree(terms.goals().strip(), terms.rhythm().strip(), text(terms.confidentiality()));
		audit("toolbox.mentoring.agreementWritten", pair);
		PairSide side = this.access.sideOf(actor, pair);
		UUID other = (side == PairSide.MENTOR) ? pair.menteePersonId() : pair.mentorPersonId();
		this.events.publishEvent(Notice.toPeople("toolbox.mentoring.agreement", Set.of(other),
				"notice.toolbox.mentoring.agreementToAccept", List.of(), link(pairId),
				"toolbox.mentoring.agreement." + pairId + "." + pair.version()));
	}

	/** The reader's side accepts the agreement as written. */
	@Transactional
	public void accept(Actor actor, UUID pairId, long expectedVersion) {
		MentoringPair pair = writable(actor, pairId, expectedVersion);
		pair.accept(this.access.sideOf(actor, pair), today());
		audit("toolbox.mentoring.agreementAccepted", pair);
	}

	/** Everything wrong with an agreement, field by field. */
	public static List<InvalidInput> agreementProblems(AgreementTerms terms) {
		List<InvalidInput> problems = new ArrayList<>();
		if (!hasText(terms.goals())) {
			problems.add(new InvalidInput("goals", "toolbox.mentoring.agreement.goalsRequired",
					"Say what you work on together"));
		}
		else if (terms.goals().strip().length() > MAX_TEXT) {
			problems.add(tooLong("goals", MAX_TEXT));
		}
		if (!hasText(terms.rhythm())) {
			problems.add(new InvalidInput("rhythm", "toolbox.mentoring.agreement.rhythmRequired",
					"Say how often you meet"));
		}
		else if (terms.rhythm().strip().length() > MAX_RHYTHM) {
			problems.add(tooLong("rhythm", MAX_RHYTHM));
		}
		if (terms.confidentiality() != null && terms.confidentiality().strip().length() > MAX_TEXT) {
			problems.add(tooLong("confidentiality", MAX_TEXT));
		}
		return problems;
	}

	/** Logs a meeting (either side, while the pair runs). */
	@Transactional
	public UUID logMeeting(Actor actor, UUID pairId, NewMeeting meeting) {
		MentoringPair pair = readable(actor, pairId);
		if (!this.access.mayWrite(actor, pair)) {
			pair.requireActive();
			throw new PermissionDenied("toolbox.mentoring.denied.pair", "The mentor and the mentee write their pair's log");
		}
		List<InvalidInput> problems = meetingProblems(meeting, today());
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Meeting logged = this.meetings.save(new Meeting(pairId, meeting.heldOn(), meeting.topics().strip(),
				text(meeting.privateNote()), actor.personId().value(), this.clock.instant()));
		audit("toolbox.mentoring.meetingLogged", pair);
		return logged.id();
	}

	/** Everything wrong with a meeting to log, field by field. */
	public static List<InvalidInput> meetingProblems(NewMeeting meeting, LocalDate today) {
		List<InvalidInput> problems = new ArrayList<>();
		if (meeting.heldOn() == null) {
			problems.add(new InvalidInput("heldOn", "toolbox.mentoring.meeting.heldOnRequired", "Give the day you met"));
		}
		else if (meeting.heldOn().isAfter(today)) {
			problems.add(new InvalidInput("heldOn", "toolbox.mentoring.meeting.future",
					"Log a meeting once it was held: the day cannot be in the future"));
		}
		if (!hasText(meeting.topics())) {
			problems.add(new InvalidInput("topics", "toolbox.mentoring.meeting.topicsRequired",
					"Say what you talked about"));
		}
		else if (meeting.topics().strip().length() > MAX_TOPICS) {
			problems.add(tooLong("topics", MAX_TOPICS));
		}
		if (meeting.privateNote() != null && meeting.privateNote().strip().length() > MAX_TEXT) {
			problems.add(tooLong("privateNote", MAX_TEXT));
		}
		return problems;
	}

	/** The reader's side gives its end-of-programme feedback, once. */
	@Transactional
	public void giveFeedback(Actor actor, UUID pairId, NewFeedback feedback) {
		MentoringPair pair = readable(actor, pairId);
		Cohort cohort = this.cohorts.findById(pair.cohortId()).orElseThrow(MentoringAccess::pairNotFound);
		PairSide side = this.access.sideOf(actor, pair);
		if (!this.access.mayGiveFeedback(actor, pair, cohort.status())) {
			throw new PermissionDenied("toolbox.mentoring.denied.feedback",
					"The mentor and the mentee give feedback on their pair");
		}
		List<InvalidInput> problems = feedbackProblems(feedback);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		if (this.feedbacks.findByPairIdAndSide(pairId, side).isPresent()) {
			throw new BusinessRuleViolation("toolbox.mentoring.rule.feedbackGiven",
					"You gave your feedback on this pair already");
		}
		this.feedbacks.save(new Feedback(pairId, side, feedback.rating(), text(feedback.comment()),
				this.clock.instant()));
		audit("toolbox.mentoring.feedbackGiven", pair);
	}

	/** Everything wrong with feedback, field by field. */
	public static List<InvalidInput> feedbackProblems(NewFeedback feedback) {
		List<InvalidInput> problems = new ArrayList<>();
		if (feedback.rating() == null) {
			problems.add(new InvalidInput("rating", "toolbox.mentoring.feedback.ratingRequired",
					"Give a rating from 1 to 5"));
		}
		else if (feedback.rating() < 1 || feedback.rating() > 5) {
			problems.add(new InvalidInput("rating", "toolbox.mentoring.feedback.ratingRange",
					"The rating is from 1 to 5"));
		}
		if (feedback.comment() != null && feedback.comment().strip().length() > MAX_TEXT) {
			problems.add(tooLong("comment", MAX_TEXT));
		}
		return problems;
	}

	// ---------------------------------------------------------------- helpers

	private MentoringPair readable(Actor actor, UUID pairId) {
		this.access.participant(actor);
		MentoringPair pair = this.pairs.findById(pairId).orElseThrow(MentoringAccess::pairNotFound);
		return this.access.readablePair(actor, pair);
	}

	private MentoringPair writable(Actor actor, UUID pairId, long expectedVersion) {
		MentoringPair pair = readable(actor, pairId);
		if (!this.access.mayWrite(actor, pair)) {
			pair.requireActive();
			throw new PermissionDenied("toolbox.mentoring.denied.pair",
					"The mentor and the mentee write their pair's agreement");
		}
		if (pair.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The pair changed since it was read");
		}
		return pair;
	}

	private static InvalidInput tooLong(String field, int max) {
		return new InvalidInput(field, "toolbox.mentoring.tooLong", "At most %d characters".formatted(max), max);
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static @Nullable String text(@Nullable String value) {
		return hasText(value) ? value.strip() : null;
	}

	static String link(UUID pairId) {
		return "/toolbox/mentoring/pairs/" + pairId;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private void audit(String action, MentoringPair pair) {
		this.events.publishEvent(AuditEvent.career(action, "mentoringPair", pair.id(),
				AuditEvent.term("toolbox.mentoring.pairStatus." + pair.status())));
	}

}
