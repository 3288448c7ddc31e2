package io.cocareer.toolbox.counselling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.counselling.FollowUpOwner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who reads and changes a counselling session: the talent, the counsellor and the talent lead;
 * nobody else, not the talent's manager who does not counsel it.
 */
class CounsellingAccessTests {

	private final CounsellingAccess access = new CounsellingAccess();

	private final UUID talentId = UUID.randomUUID();

	private final UUID counsellorId = UUID.randomUUID();

	private final Actor talent = actor(this.talentId, Role.TALENT);

	private final Actor counsellor = actor(this.counsellorId, Role.MANAGER);

	private final Actor lead = actor(UUID.randomUUID(), Role.TALENT_LEAD);

	private final Actor talentsManager = actor(UUID.randomUUID(), Role.MANAGER);

	private final Actor otherTalent = actor(UUID.randomUUID(), Role.TALENT);

	private final Actor admin = actor(UUID.randomUUID(), Role.ADMIN);

	private final Actor alumnus = actor(UUID.randomUUID(), Role.ALUMNUS);

	private final Actor accountWithoutPerson = new Actor(AccountId.of(UUID.randomUUID()), "it", null, "IT",
			Set.of(Role.TALENT_LEAD));

	private static Actor actor(UUID personId, Role... roles) {
		return new Actor(AccountId.of(UUID.randomUUID()), "u" + personId, PersonId.of(personId), "Someone", Set.of(roles));
	}

	private CounsellingSession requested() {
		return CounsellingSession.requested(this.talentId, this.counsellorId, "Next steps", null, Instant.now());
	}

	private CounsellingSession scheduled() {
		CounsellingSession session = requested();
		LocalDateTime start = LocalDateTime.now().plusDays(1);
		session.schedule(start, start.plusHours(1), "Room", null);
		return session;
	}

	private CounsellingSession held() {
		CounsellingSession session = scheduled();
		session.markHeld(LocalDate.now());
		return session;
	}

	private List<Actor> outsiders() {
		return List.of(this.talentsManager, this.otherTalent, this.admin, this.alumnus, this.accountWithoutPerson);
	}

	@Test
	void theTalentTheCounsellorAndTheLeadReadASessionAndItsNotesAndNobodyElse() {
		CounsellingSession session = held();
		for (Actor reader : List.of(this.talent, this.counsellor, this.lead)) {
			assertThat(this.access.mayRead(reader, session)).isTrue();
			assertThat(this.access.mayReadNotes(reader, session)).isTrue();
			assertThat(this.access.readable(reader, session)).isSameAs(session);
		}
		for (Actor outsider : outsiders()) {
			assertThat(this.access.mayRead(outsider, session)).as(outsider.username()).isFalse();
			assertThat(this.access.mayReadNotes(outsider, session)).isFalse();
			assertThat(this.access.permissions(outsider, session).readNotes()).isFalse();
			assertThatThrownBy(() -> this.access.readable(outsider, session)).isInstanceOf(NotFoundException.class);
		}
	}

	@Test
	void theCounsellorAndTheLeadScheduleHoldAndWriteNotesTheTalentReads() {
		CounsellingSession requested = requested();
		assertThat(this.access.maySchedule(this.counsellor, requested)).isTrue();
		assertThat(this.access.maySchedule(this.lead, requested)).isTrue();
		assertThat(this.access.maySchedule(this.talent, requested)).isFalse();
		assertThat(this.access.mayEditAgenda(this.talent, requested)).isTrue();
		assertThat(this.access.mayCancel(this.talent, requested)).isTrue();
		assertThat(this.access.mayMarkHeld(this.counsellor, requested)).as("not scheduled yet").isFalse();
		assertThat(this.access.mayDownloadInvite(this.talent, requested)).as("no time yet").isFalse();

		CounsellingSession scheduled = scheduled();
		assertThat(this.access.mayMarkHeld(this.counsellor, scheduled)).isTrue();
		assertThat(this.access.mayMarkHeld(this.talent, scheduled)).isFalse();
		assertThat(this.access.mayDownloadInvite(this.talent, scheduled)).isTrue();
		assertThat(this.access.mayWriteNotes(this.counsellor, scheduled)).as("notes after it was held").isFalse();

		CounsellingSession held = held();
		assertThat(this.access.mayWriteNotes(this.counsellor, held)).isTrue();
		assertThat(this.access.mayWriteNotes(this.lead, held)).isTrue();
		assertThat(this.access.mayWriteNotes(this.talent, held)).isFalse();
		assertThat(this.access.mayAddFollowUp(this.counsellor, held)).isTrue();
		assertThat(this.access.mayAddFollowUp(this.talent, held)).isFalse();
		assertThat(this.access.mayEditAgenda(this.talent, held)).as("the agenda is before").isFalse();
		assertThat(this.access.mayCancel(this.lead, held)).isFalse();
		assertThat(this.access.maySchedule(this.lead, held)).isFalse();
		for (Actor outsider : outsiders()) {
			assertThat(this.access.permissions(outsider, held)).isEqualTo(
					io.cocareer.toolbox.counselling.SessionView.Permissions.NONE);
			assertThat(this.access.mayWriteNotes(outsider, held)).isFalse();
		}
	}

	@Test
	void theTalentMarksTheirOwnFollowUpsTheCounsellorAndTheLeadAny() {
		CounsellingSession held = held();
		CounsellingFollowUp talents = held.addFollowUp("Update the CV", FollowUpOwner.TALENT, LocalDate.now(),
				Instant.now());
		CounsellingFollowUp counsellors = held.addFollowUp("Introduce a mentor", FollowUpOwner.COUNSELLOR,
				LocalDate.now(), Instant.now());
		assertThat(this.access.mayMarkDone(this.talent, held, talents)).isTrue();
		assertThat(this.access.mayMarkDone(this.talent, held, counsellors)).isFalse();
		assertThat(this.access.mayMarkDone(this.counsellor, held, talents)).isTrue();
		assertThat(this.access.mayMarkDone(this.lead, held, counsellors)).isTrue();
		assertThat(this.access.mayMarkDone(this.talentsManager, held, talents)).isFalse();
		talents.markDone(LocalDate.now());
		assertThat(this.access.mayMarkDone(this.counsellor, held, talents)).as("done once").isFalse();
	}

	@Test
	void staffAskForThemselvesTheLeadForAnyoneACounsellorWithThemselves() {
		UUID someone = UUID.randomUUID();
		assertThat(this.access.mayRequestFor(this.talent, this.talentId, this.counsellorId)).isTrue();
		assertThat(this.access.mayRequestFor(this.talent, someone, this.counsellorId)).isFalse();
		assertThat(this.access.mayRequestFor(this.lead, someone, this.counsellorId)).isTrue();
		assertThat(this.access.mayRequestFor(this.counsellor, someone, this.counsellorId)).isTrue();
		assertThat(this.access.mayRequestFor(this.talentsManager, someone, this.counsellorId)).isFalse();
		assertThat(this.access.mayRequestFor(this.talent, this.talentId, this.talentId)).as("not one's own counsellor")
			.isFalse();
		assertThat(this.access.mayRequestFor(this.admin, this.admin.personId().value(), this.counsellorId)).isFalse();
		assertThat(this.access.mayRequestFor(this.alumnus, this.alumnus.personId().value(), this.counsellorId)).isFalse();
		assertThat(this.access.mayManageCounsellors(this.lead)).isTrue();
		assertThat(this.access.mayManageCounsellors(this.counsellor)).isFalse();
		assertThat(this.access.mayListAll(this.lead)).isTrue();
		assertThat(this.access.mayListAll(this.talentsManager)).isFalse();
		assertThat(this.access.mayListAll(this.accountWithoutPerson)).isFalse();
		assertThatThrownBy(() -> this.access.participant(this.admin)).isInstanceOf(PermissionDenied.class);
		assertThatThrownBy(() -> this.access.participant(this.alumnus)).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void rescheduleAndCancelBumpTheSequenceHeldAndCancelledSessionsNoLongerMove() {
		CounsellingSession session = scheduled();
		assertThat(session.sequence()).isZero();
		LocalDateTime later = LocalDateTime.now().plusDays(3);
		assertThat(session.schedule(later, later.plusHours(1), "Room", null)).isTrue();
		assertThat(session.sequence()).isEqualTo(1);
		assertThat(session.schedule(later, later.plusHours(1), "Room", null)).as("nothing changed").isFalse();
		assertThat(session.sequence()).isEqualTo(1);
		session.cancel("Ill", LocalDate.now());
		assertThat(session.sequence()).isEqualTo(2);
		assertThatThrownBy(() -> session.schedule(later, later.plusHours(1), "Room", null))
			.isInstanceOf(BusinessRuleViolation.class);
		session.forgetCounsellor();
		assertThat(this.access.mayRead(this.counsellor, session)).as("an erased counsellor is no longer one").isFalse();
	}

}
