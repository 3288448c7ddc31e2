package io.cocareer.toolbox.programme.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.programme.MoveDirection;
import io.cocareer.toolbox.programme.ParticipantStatus;
import io.cocareer.toolbox.programme.ProgressState;
import io.cocareer.toolbox.programme.TrackKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who reads and keeps a participant's progress and who changes the catalogue; enrolment,
 * completion and withdrawal rules; the rules of changing a track and its modules.
 */
class ProgrammeAccessTests {

	private final ProgrammeAccess access = new ProgrammeAccess();

	private final UUID talentId = UUID.randomUUID();

	private final Actor talent = actor(this.talentId, Role.TALENT);

	private final Actor manager = actor(UUID.randomUUID(), Role.MANAGER);

	private final Actor lead = actor(UUID.randomUUID(), Role.TALENT_LEAD);

	private final Actor otherTalent = actor(UUID.randomUUID(), Role.TALENT);

	private final Actor admin = actor(UUID.randomUUID(), Role.ADMIN);

	private final Actor alumnus = actor(UUID.randomUUID(), Role.ALUMNUS);

	private static Actor actor(UUID personId, Role... roles) {
		return new Actor(AccountId.of(UUID.randomUUID()), "u" + personId, PersonId.of(personId), "Someone", Set.of(roles));
	}

	private Participant participant() {
		Cohort cohort = new Cohort(UUID.randomUUID(), "A", LocalDate.now(), null, 2, Instant.now());
		return cohort.enrol(this.talentId, LocalDate.now());
	}

	@Test
	void theParticipantTheirManagerAndTheLeadReadProgressNobodyElse() {
		assertThat(this.access.mayReadProgress(this.talent, this.talentId, false)).isTrue();
		assertThat(this.access.mayReadProgress(this.manager, this.talentId, true)).isTrue();
		assertThat(this.access.mayReadProgress(this.lead, this.talentId, false)).isTrue();
		assertThat(this.access.mayReadProgress(this.manager, this.talentId, false)).as("not their report").isFalse();
		assertThat(this.access.mayReadProgress(this.otherTalent, this.talentId, false)).isFalse();
		assertThat(this.access.mayReadProgress(this.otherTalent, this.talentId, true))
			.as("managing needs the manager role").isFalse();
		assertThat(this.access.mayReadProgress(this.admin, this.talentId, true)).isFalse();
		assertThat(this.access.mayReadProgress(this.alumnus, this.talentId, false)).isFalse();
		assertThatThrownBy(() -> this.access.participant(this.admin)).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void theParticipantAndTheLeadKeepProgressTheLeadWithdrawsAndManages() {
		Participant participant = participant();
		assertThat(this.access.mayUpdateProgress(this.talent, participant)).isTrue();
		assertThat(this.access.mayUpdateProgress(this.lead, participant)).isTrue();
		assertThat(this.access.mayUpdateProgress(this.manager, participant)).isFalse();
		assertThat(this.access.mayUpdateProgress(this.otherTalent, participant)).isFalse();
		assertThat(this.access.mayWithdraw(this.lead, participant)).isTrue();
		assertThat(this.access.mayWithdraw(this.talent, participant)).isFalse();
		assertThat(this.access.mayManage(this.lead)).isTrue();
		for (Actor other : List.of(this.manager, this.talent, this.admin, this.alumnus)) {
			assertThat(this.access.mayManage(other)).isFalse();
		}
		participant.withdraw(LocalDate.now());
		assertThat(this.access.mayUpdateProgress(this.talent, participant)).isFalse();
		assertThat(this.access.mayUpdateProgress(this.lead, participant)).isFalse();
		assertThat(this.access.mayWithdraw(this.lead, participant)).isFalse();
	}

	@Test
	void completionNeedsEveryRequiredModuleAndGoesWhenOneGoesBack() {
		Participant participant = participant();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID elective = UUID.randomUUID();
		List<UUID> required = List.of(first, second);
		participant.progress(first, ProgressState.COMPLETED, LocalDate.of(2027, 1, 5), required);
		participant.progress(elective, ProgressState.IN_PROGRESS, LocalDate.of(2027, 1, 6), required);
		assertThat(participant.status()).isEqualTo(ParticipantStatus.ENROLLED);
		participant.progress(second, ProgressState.COMPLETED, LocalDate.of(2027, 2, 1), required);
		assertThat(participant.status()).isEqualTo(ParticipantStatus.COMPLETED);
		assertThat(participant.completedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
		participant.progress(first, ProgressState.IN_PROGRESS, LocalDate.of(2027, 2, 2), required);
		assertThat(participant.status()).isEqualTo(ParticipantStatus.ENROLLED);
		assertThat(participant.completedOn()).isNull();
		participant.progress(first, ProgressState.COMPLETED, LocalDate.of(2027, 2, 3), required);
		assertThatThrownBy(() -> participant.withdraw(LocalDate.now())).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aCohortTakesEachPersonOnceWithinItsCapacityAndAWithdrawalFreesAPlace() {
		Cohort cohort = new Cohort(UUID.randomUUID(), "A", LocalDate.now(), null, 2, Instant.now());
		UUID a = UUID.randomUUID();
		Participant first = cohort.enrol(a, LocalDate.now());
		assertThatThrownBy(() -> cohort.enrol(a, LocalDate.now())).isInstanceOf(InvalidInput.class)
			.hasFieldOrPropertyWithValue("code", "toolbox.programme.enrol.already");
		cohort.enrol(UUID.randomUUID(), LocalDate.now());
		assertThatThrownBy(() -> cohort.enrol(UUID.randomUUID(), LocalDate.now()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("code", "toolbox.programme.enrol.full");
		first.withdraw(LocalDate.now());
		assertThat(cohort.enrolled()).isEqualTo(1);
		cohort.enrol(UUID.randomUUID(), LocalDate.now());
		assertThat(cohort.participants()).hasSize(3);
		Cohort ended = new Cohort(UUID.randomUUID(), "B", LocalDate.now().minusDays(30), LocalDate.now().minusDays(1),
				null, Instant.now());
		assertThatThrownBy(() -> ended.enrol(UUID.randomUUID(), LocalDate.now()))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void onlyTheLeadChangesTheCatalogue() {
		assertThat(this.access.mayChange(this.lead)).isTrue();
		for (Actor other : List.of(this.manager, this.talent, this.otherTalent, this.admin, this.alumnus)) {
			assertThat(this.access.mayChange(other)).isFalse();
		}
		assertThat(this.access.mayChange(null)).isFalse();
	}

	@Test
	void aTracksKindChangesUntilACohortBeganAndModulesWithProgressKeepTheirPlaceAndStay() {
		Track track = new Track(TrackKind.LEADERSHIP, "Leading people", 0);
		ProgrammeModule first = track.addModule("First", null, 8, true);
		ProgrammeModule second = track.addModule("Second", null, null, true);
		ProgrammeModule third = track.addModule("Third", null, null, false);
		track.changeKind(TrackKind.EXPERT, false);
		assertThat(track.kind()).isEqualTo(TrackKind.EXPERT);
		track.changeKind(TrackKind.EXPERT, true);
		track.changeKind(null, true);
		assertThatThrownBy(() -> track.changeKind(TrackKind.LEADERSHIP, true)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("code", "toolbox.programme.track.kindFixed");

		track.move(third.id(), MoveDirection.UP, Set.of());
		assertThat(track.modules()).extracting(ProgrammeModule::title).containsExactly("First", "Third", "Second");
		assertThat(track.modules()).extracting(ProgrammeModule::position).containsExactly(1, 2, 3);
		assertThatThrownBy(() -> track.move(first.id(), MoveDirection.UP, Set.of()))
			.hasFieldOrPropertyWithValue("code", "toolbox.programme.module.alreadyFirst");
		assertThatThrownBy(() -> track.move(second.id(), MoveDirection.DOWN, Set.of()))
			.hasFieldOrPropertyWithValue("code", "toolbox.programme.module.alreadyLast");
		assertThatThrownBy(() -> track.move(third.id(), MoveDirection.UP, Set.of(first.id())))
			.as("the neighbour it would swap with has progress")
			.hasFieldOrPropertyWithValue("code", "toolbox.programme.module.moveWithProgress");
		assertThatThrownBy(() -> track.remove(first.id(), Set.of(first.id())))
			.hasFieldOrPropertyWithValue("code", "toolbox.programme.module.removeWithProgress");
		track.remove(third.id(), Set.of(first.id()));
		assertThat(track.modules()).extracting(ProgrammeModule::position).as("the others close up").containsExactly(1, 2);
		assertThat(track.requiredModules()).containsExactly(first.id(), second.id());
	}

	@Test
	void progressSetBackToNotStartedIsNoProgressAndAParticipantCompletesWhenTheLastRequiredModuleGoes() {
		Cohort cohort = new Cohort(UUID.randomUUID(), "A", LocalDate.now().plusDays(3), null, null, Instant.now());
		assertThat(cohort.began(LocalDate.now())).as("neither started nor anybody in it").isFalse();
		Participant participant = cohort.enrol(this.talentId, LocalDate.now());
		assertThat(cohort.began(LocalDate.now())).isTrue();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		participant.progress(first, ProgressState.COMPLETED, LocalDate.of(2027, 1, 5), List.of(first, second));
		participant.progress(second, ProgressState.IN_PROGRESS, LocalDate.of(2027, 1, 6), List.of(first, second));
		assertThat(cohort.modulesWithProgress()).containsExactlyInAnyOrder(first, second);
		participant.progress(second, ProgressState.NOT_STARTED, LocalDate.of(2027, 1, 7), List.of(first, second));
		assertThat(cohort.modulesWithProgress()).containsExactly(first);
		cohort.forgetModule(second);
		assertThat(participant.progressOn(second)).isEmpty();
		assertThatThrownBy(() -> cohort.forgetModule(first)).isInstanceOf(IllegalStateException.class);
		assertThat(cohort.completeWhoIsDone(List.of(first))).isEqualTo(1);
		assertThat(participant.status()).isEqualTo(ParticipantStatus.COMPLETED);
		assertThat(participant.completedOn()).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThat(cohort.completeWhoIsDone(List.of(first))).as("once").isZero();
	}

}
