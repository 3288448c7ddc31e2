package io.cocareer.toolbox.mentoring.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cocareer.people.PersonNames;
import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.mentoring.MentoringPairSummary;
import io.cocareer.toolbox.mentoring.Reason;
import io.cocareer.toolbox.mentoring.MentoringReasonView;

/** A stored pair as a {@link MentoringPairSummary}: its names and its reasons in words. */
public final class PairReasons {

	private PairReasons() {
	}

	public static MentoringPairSummary summary(MentoringPair pair, String cohortTitle, PersonNames names,
			Map<UUID, MentorEnrolment> mentors, Map<UUID, MenteeEnrolment> mentees) {
		MentorEnrolment mentor = mentors.get(pair.mentorId());
		MenteeEnrolment mentee = mentees.get(pair.menteeId());
		String shared = (mentor == null || mentee == null) ? ""
				: String.join(", ", PairScoring.shared(PairScoring.topics(mentee.goals()),
						PairScoring.topics(mentor.topics())));
		List<MentoringReasonView> reasons = Reason.decode(pair.reasons())
			.stream()
			.map((r) -> new MentoringReasonView(r.factor(), r.points(), r.share(), "TOPICS".equals(r.factor()) ? shared : ""))
			.toList();
		return new MentoringPairSummary(pair.id(), pair.cohortId(), cohortTitle, pair.menteeId(), pair.menteePersonId(),
				names.of(PersonId.of(pair.menteePersonId()), null), pair.mentorId(), pair.mentorPersonId(),
				names.of(PersonId.of(pair.mentorPersonId()), null), pair.score(), reasons, pair.pinned(),
				pair.status(), pair.agreed());
	}

}
