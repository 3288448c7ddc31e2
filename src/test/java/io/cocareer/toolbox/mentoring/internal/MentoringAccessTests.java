package io.cocareer.toolbox.mentoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.mentoring.CohortStatus;
import io.cocareer.toolbox.mentoring.PairSide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who sees and does what in mentoring, as a table: the lead, the pair, others, administrators, alumni. */
class MentoringAccessTests {

	private final MentoringAccess access = new MentoringAccess();

	private final Actor lead = actor(Role.TALENT_LEAD);

	private final Actor mentor = actor(Role.MANAGER);

	private final Actor mentee = actor(Role.TALENT);

	private final Actor otherTalent = actor(Role.TALENT);

	private final Actor admin = actor(Role.ADMIN);

	private final Actor alumnus = actor(Role.ALUMNUS);

	private final Actor noPerson = new Actor(AccountId.of(UUID.randomUUID()), "svc", null, "Service", Set.of(Role.TALENT_LEAD));

	private static Actor actor(Role role) {
		return new Actor(AccountId.of(UUID.randomUUID()), role.name().toLowerCase(), PersonId.of(UUID.randomUUID()),
				role.name(), Set.of(role));
	}

	private Cohort cohort() {
		return new Cohort("Spring", null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), Instant.now());
	}

	private MentoringPair pair() {
		return new MentoringPair(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				this.mentee.personId().value(), this.mentor.personId().value(), 500, "TOPICS:500", false, Instant.now());
	}

	@Test
	void staffTakePartAdministratorsAlumniAndAccountsWithoutAPersonDoNot() {
		assertThat(this.access.takesPart(this.lead)).isTrue();
		assertThat(this.access.takesPart(this.mentor)).isTrue();
		assertThat(this.access.takesPart(this.mentee)).isTrue();
		assertThat(this.access.takesPart(this.admin)).isFalse();
		assertThat(this.access.takesPart(this.alumnus)).isFalse();
		assertThat(this.access.takesPart(this.noPerson)).isFalse();
		assertThatThrownBy(() -> this.access.participant(this.admin)).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void onlyTheLeadRunsCohorts() {
		assertThat(this.access.mayManage(this.lead)).isTrue();
		assertThat(this.access.mayManage(this.mentor)).isFalse();
		assertThat(this.access.mayManage(this.mentee)).isFalse();
		assertThat(this.access.mayManage(this.noPerson)).isFalse();
		assertThatThrownBy(() -> this.access.requireManager(this.mentor)).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void aCohortIsReadWhileEnrollingByStaffAfterwardsByTheLeadAndThoseEnrolled() {
		Cohort cohort = cohort();
		assertThat(this.access.mayRead(this.otherTalent, cohort, false)).isTrue();
		assertThat(this.access.mayRead(this.admin, cohort, false)).isFalse();
		assertThat(this.access.mayEnrolAsMentor(this.mentor, cohort)).isTrue();
		assertThat(this.access.mayEnrolAsMentee(this.mentee, cohort, true)).isTrue();
		assertThat(this.access.mayEnrolAsMentee(this.mentor, cohort, false)).isFalse();
		cohort.closeEnrolment();
		assertThat(this.access.mayRead(this.otherTalent, cohort, false)).isFalse();
		assertThat(this.access.mayRead(this.mentee, cohort, true)).isTrue();
		assertThat(this.access.mayRead(this.lead, cohort, false)).isTrue();
		assertThat(this.access.mayEnrolAsMentor(this.mentor, cohort)).isFalse();
		assertThatThrownBy(() -> this.access.readable(this.otherTalent, cohort, false)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aDraftPairIsTheLeadsThenThePairReadsItWithItsNotesAndTheLeadWithout() {
		MentoringPair pair = pair();
		assertThat(this.access.mayReadPair(this.lead, pair)).isTrue();
		assertThat(this.access.mayReadPair(this.mentor, pair)).as("a draft is the lead's").isFalse();
		assertThat(this.access.mayReadPair(this.mentee, pair)).isFalse();
		pair.activate();
		assertThat(this.access.mayReadPair(this.mentor, pair)).isTrue();
		assertThat(this.access.mayReadPair(this.mentee, pair)).isTrue();
		assertThat(this.access.sideOf(this.mentor, pair)).isEqualTo(PairSide.MENTOR);
		assertThat(this.access.sideOf(this.mentee, pair)).isEqualTo(PairSide.MENTEE);
		assertThat(this.access.mayReadPair(this.otherTalent, pair)).isFalse();
		assertThat(this.access.mayReadPair(this.admin, pair)).isFalse();
		assertThat(this.access.mayReadPrivateNotes(this.mentee, pair)).isTrue();
		assertThat(this.access.mayReadPrivateNotes(this.mentor, pair)).isTrue();
		assertThat(this.access.mayReadPrivateNotes(this.lead, pair)).as("never the lead").isFalse();
		assertThat(this.access.mayWrite(this.mentee, pair)).isTrue();
		assertThat(this.access.mayWrite(this.lead, pair)).isFalse();
		assertThatThrownBy(() -> this.access.readablePair(this.otherTalent, pair)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void feedbackComesFromEachSideOnceTheCohortRunsAndTheLogClosesWithThePair() {
		MentoringPair pair = pair();
		pair.activate();
		assertThat(this.access.mayGiveFeedback(this.mentee, pair, CohortStatus.RUNNING)).isTrue();
		assertThat(this.access.mayGiveFeedback(this.mentor, pair, CohortStatus.ENDED)).isTrue();
		assertThat(this.access.mayGiveFeedback(this.lead, pair, CohortStatus.ENDED)).isFalse();
		pair.end(LocalDate.of(2026, 9, 1));
		assertThat(this.access.mayWrite(this.mentee, pair)).isFalse();
		assertThat(this.access.mayGiveFeedback(this.mentee, pair, CohortStatus.ENDED)).isTrue();
	}

}
