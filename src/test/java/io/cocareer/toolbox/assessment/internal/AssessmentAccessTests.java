package io.cocareer.toolbox.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.assessment.ConsensusEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access policy's table: who reads a centre, rates, reads the wash-up, chairs it, releases and
 * reads a report, in each state of the centre. Deny by default: a manager who does not assess,
 * another talent, an administrator and an alumnus get nothing.
 */
class AssessmentAccessTests {

	private final AssessmentAccess access = new AssessmentAccess();

	private static final UUID LEAD = UUID.randomUUID();

	private static final UUID ASSESSOR = UUID.randomUUID();

	private static final UUID OTHER_ASSESSOR = UUID.randomUUID();

	private static final UUID MANAGER = UUID.randomUUID();

	private static final UUID PARTICIPANT = UUID.randomUUID();

	private static final UUID TALENT = UUID.randomUUID();

	private static Actor actor(UUID person, Role... roles) {
		return new Actor(AccountId.of(UUID.randomUUID()), "u", (person != null) ? PersonId.of(person) : null, "U",
				Set.of(roles));
	}

	static Actor lead() {
		return actor(LEAD, Role.TALENT_LEAD);
	}

	static Actor assessor() {
		return actor(ASSESSOR, Role.MANAGER);
	}

	static Actor manager() {
		return actor(MANAGER, Role.MANAGER);
	}

	static Actor participant() {
		return actor(PARTICIPANT, Role.TALENT);
	}

	static Actor talent() {
		return actor(TALENT, Role.TALENT);
	}

	static Actor admin() {
		return actor(UUID.randomUUID(), Role.ADMIN);
	}

	static Actor alumnus() {
		return actor(UUID.randomUUID(), Role.ALUMNUS);
	}

	static Actor leadWithoutPerson() {
		return actor(null, Role.TALENT_LEAD);
	}

	private static AssessmentCentre centre() {
		AssessmentCentre centre = AssessmentCentre.setUp("Leadership", LocalDate.of(2026, 11, 3), null, Instant.now());
		centre.addAssessor(ASSESSOR);
		centre.addAssessor(OTHER_ASSESSOR);
		return centre;
	}

	private static AssessmentParticipant participantRow(AssessmentCentre centre) {
		return AssessmentParticipant.of(centre.id(), PARTICIPANT, Set.of(ASSESSOR, OTHER_ASSESSOR));
	}

	static Stream<Arguments> readers() {
		return Stream.of(Arguments.of("talent lead", lead(), true), Arguments.of("assessor", assessor(), true),
				Arguments.of("manager who does not assess", manager(), false),
				Arguments.of("participant", participant(), false), Arguments.of("another talent", talent(), false),
				Arguments.of("administrator", admin(), false), Arguments.of("alumnus", alumnus(), false),
				Arguments.of("a lead account with no person", leadWithoutPerson(), false));
	}

	@ParameterizedTest(name = "{0} reads the set-up: {2}")
	@MethodSource("readers")
	void onlyTheLeadAndTheAssessorsReadACentre(String who, Actor actor, boolean reads) {
		AssessmentCentre centre = centre();
		assertThat(this.access.mayReadCentre(actor, centre)).isEqualTo(reads);
		if (!reads) {
			assertThatThrownBy(() -> this.access.readable(actor, centre)).isInstanceOf(NotFoundException.class);
		}
		assertThat(this.access.mayEditSetup(actor, centre)).isEqualTo(who.equals("talent lead"));
	}

	@Test
	void anAssessorRatesThoseTheyObserveWhileRatingIsOpenAndNeverTheirOwnReport() {
		AssessmentCentre centre = centre();
		AssessmentParticipant row = participantRow(centre);
		assertThat(this.access.mayRate(assessor(), centre, row, false)).as("not open yet").isFalse();
		centre.openRatings();
		assertThat(this.access.mayRate(assessor(), centre, row, false)).isTrue();
		assertThat(this.access.mayRate(assessor(), centre, row, true)).as("the participant reports to them").isFalse();
		assertThat(this.access.mayRate(lead(), centre, row, false)).as("the lead does not assess here").isFalse();
		assertThat(this.access.mayRate(manager(), centre, row, false)).isFalse();
		assertThat(this.access.mayRate(participant(), centre, row, false)).isFalse();
		row.observedBy(ASSESSOR, false);
		assertThat(this.access.mayRate(assessor(), centre, row, false)).as("no longer observes them").isFalse();
		assertThat(this.access.mayReadSheet(assessor(), centre, row)).isFalse();
		centre.startWashUp();
		row.observedBy(ASSESSOR, true);
		assertThat(this.access.mayRate(assessor(), centre, row, false)).as("frozen at the wash-up").isFalse();
		assertThat(this.access.mayReadSheet(assessor(), centre, row)).isTrue();
	}

	@Test
	void theWashUpIsTheLeadsAlwaysAndTheAssessorsFromItsStartExceptForTheirReports() {
		AssessmentCentre centre = centre();
		AssessmentParticipant row = participantRow(centre);
		centre.openRatings();
		assertThat(this.access.mayReadWashUp(lead(), centre, row, false)).isTrue();
		assertThat(this.access.mayReadWashUp(assessor(), centre, row, false)).as("while rating, only their own").isFalse();
		centre.startWashUp();
		assertThat(this.access.mayReadWashUp(assessor(), centre, row, false)).isTrue();
		assertThat(this.access.mayReadWashUp(assessor(), centre, row, true)).isFalse();
		for (Actor nobody : new Actor[] { manager(), participant(), talent(), admin(), alumnus() }) {
			assertThat(this.access.mayReadWashUp(nobody, centre, row, false)).isFalse();
			assertThat(this.access.mayChair(nobody, centre, row)).isFalse();
			assertThat(this.access.mayRelease(nobody, centre, row)).isFalse();
		}
		assertThat(this.access.mayChair(lead(), centre, row)).isTrue();
		assertThat(this.access.mayChair(assessor(), centre, row)).isFalse();
	}

	@Test
	void theReportIsTheParticipantsOnceReleasedAndNobodyElsesButTheLeads() {
		AssessmentCentre centre = centre();
		AssessmentParticipant row = participantRow(centre);
		centre.openRatings();
		centre.startWashUp();
		assertThat(this.access.mayReadReport(participant(), row)).isFalse();
		assertThat(this.access.mayReadReport(lead(), row)).as("not finalised yet").isFalse();
		row.record(java.util.List.of(new ConsensusEntry(UUID.randomUUID(), 3, null)), null);
		row.finalise(LocalDate.of(2026, 11, 10));
		assertThat(this.access.mayChair(lead(), centre, row)).as("frozen").isFalse();
		assertThat(this.access.mayRelease(lead(), centre, row)).isTrue();
		assertThat(this.access.mayReadReport(lead(), row)).isTrue();
		assertThat(this.access.mayReadReport(participant(), row)).as("finalised, not released").isFalse();
		row.release(LocalDate.of(2026, 11, 11));
		assertThat(this.access.mayRelease(lead(), centre, row)).isFalse();
		assertThat(this.access.mayReadReport(participant(), row)).isTrue();
		for (Actor nobody : new Actor[] { assessor(), manager(), talent(), admin(), alumnus() }) {
			assertThat(this.access.mayReadReport(nobody, row)).isFalse();
		}
	}

}
