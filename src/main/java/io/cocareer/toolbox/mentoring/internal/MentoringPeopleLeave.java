package io.cocareer.toolbox.mentoring.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;
import io.cocareer.toolbox.mentoring.PairStatus;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person leaves, their enrolments in cohorts not yet published are withdrawn (with the
 * lead's pins and bans on them, and the draft pairs they were in), and their running pairs end.
 * When a person is erased, their words go: the topics and availability of their mentor
 * enrolments, the goals of their mentee enrolments, the texts of the agreements and meetings of
 * their pairs, and the comments of those pairs' feedback (ratings stay, counted only in
 * averages); where someone named them as preferred mentor, the preference goes. After commit,
 * through the event publication registry; idempotent.
 */
@Component
class MentoringPeopleLeave {

	private final Cohorts cohorts;

	private final MentorEnrolments mentors;

	private final MenteeEnrolments mentees;

	private final PairRules rules;

	private final MentoringPairs pairs;

	private final Meetings meetings;

	private final Feedbacks feedbacks;

	MentoringPeopleLeave(Cohorts cohorts, MentorEnrolments mentors, MenteeEnrolments mentees, PairRules rules,
			MentoringPairs pairs, Meetings meetings, Feedbacks feedbacks) {
		this.cohorts = cohorts;
		this.mentors = mentors;
		this.mentees = mentees;
		this.rules = rules;
		this.pairs = pairs;
		this.meetings = meetings;
		this.feedbacks = feedbacks;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		UUID personId = event.personId().value();
		LocalDate leftOn = event.leftOn();
		for (MentorEnrolment mentor : this.mentors.findByPersonId(personId)) {
			if (open(mentor.cohortId()) && mentor.enrolled()) {
				mentor.withdraw();
				this.rules.deleteByMenteeIdOrMentorId(mentor.id(), mentor.id());
				dropDrafts(mentor.cohortId(), personId);
			}
		}
		for (MenteeEnrolment mentee : this.mentees.findByPersonId(personId)) {
			if (open(mentee.cohortId()) && mentee.enrolled()) {
				mentee.withdraw();
				this.rules.deleteByMenteeIdOrMentorId(mentee.id(), mentee.id());
				dropDrafts(mentee.cohortId(), personId);
			}
		}
		this.pairs.findByMenteePersonIdOrMentorPersonId(personId, personId)
			.stream()
			.filter((p) -> p.status() == PairStatus.ACTIVE)
			.forEach((p) -> p.end(leftOn));
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		this.mentors.findByPersonId(personId).forEach(MentorEnrolment::eraseTexts);
		this.mentees.findByPersonId(personId).forEach(MenteeEnrolment::eraseTexts);
		this.mentees.findByPreferredMentorId(personId).forEach(MenteeEnrolment::forgetPreferredMentor);
		List<MentoringPair> theirs = this.pairs.findByMenteePersonIdOrMentorPersonId(personId, personId);
		Set<UUID> pairIds = new HashSet<>();
		theirs.forEach((p) -> {
			p.eraseTexts();
			pairIds.add(p.id());
		});
		if (!pairIds.isEmpty()) {
			this.meetings.findByPairIdIn(pairIds).forEach(Meeting::eraseTexts);
			this.feedbacks.findByPairIdIn(pairIds).forEach(Feedback::eraseComment);
		}
		this.meetings.findByLoggedBy(personId).forEach(Meeting::forgetAuthor);
	}

	private boolean open(UUID cohortId) {
		return this.cohorts.findById(cohortId).map((c) -> c.status().beforePublishing()).orElse(false);
	}

	private void dropDrafts(UUID cohortId, UUID personId) {
		this.pairs.deleteAll(this.pairs.findByCohortIdAndStatus(cohortId, PairStatus.DRAFT)
			.stream()
			.filter((p) -> p.menteePersonId().equals(personId) || p.mentorPersonId().equals(personId))
			.toList());
	}

}
