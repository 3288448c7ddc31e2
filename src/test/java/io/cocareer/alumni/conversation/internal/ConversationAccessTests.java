package io.cocareer.alumni.conversation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.alumni.conversation.HolderKind;
import io.cocareer.alumni.conversation.Intention;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who reads and changes a conversation: the talent, the talent lead and the holder; nobody else. */
class ConversationAccessTests {

	private final ConversationAccess access = new ConversationAccess();

	private final UUID talentId = UUID.randomUUID();

	private final UUID managerId = UUID.randomUUID();

	private final Actor talent = actor(this.talentId, Role.TALENT);

	private final Actor holder = actor(this.managerId, Role.MANAGER);

	private final Actor lead = actor(UUID.randomUUID(), Role.TALENT_LEAD);

	private final Actor otherManager = actor(UUID.randomUUID(), Role.MANAGER);

	private final Actor otherTalent = actor(UUID.randomUUID(), Role.TALENT);

	private final Actor admin = actor(UUID.randomUUID(), Role.ADMIN);

	private final Actor alumnus = actor(UUID.randomUUID(), Role.ALUMNUS);

	private final Actor accountWithoutPerson = new Actor(AccountId.of(UUID.randomUUID()), "it", null, "IT",
			Set.of(Role.TALENT_LEAD));

	private static Actor actor(UUID personId, Role... roles) {
		return new Actor(AccountId.of(UUID.randomUUID()), "u" + personId, PersonId.of(personId), "Someone", Set.of(roles));
	}

	private ExitConversation heldByManager() {
		return ExitConversation.scheduled(this.talentId, HolderKind.MANAGER, this.managerId, LocalDate.now(),
				Instant.now());
	}

	@Test
	void theTalentTheLeadAndTheHolderReadAConversationAndNobodyElse() {
		ExitConversation conversation = heldByManager();
		assertThat(this.access.mayRead(this.talent, conversation)).isTrue();
		assertThat(this.access.mayRead(this.lead, conversation)).isTrue();
		assertThat(this.access.mayRead(this.holder, conversation)).isTrue();
		for (Actor outsider : new Actor[] { this.otherManager, this.otherTalent, this.admin, this.alumnus,
				this.accountWithoutPerson }) {
			assertThat(this.access.mayRead(outsider, conversation)).as(outsider.roles().toString()).isFalse();
			assertThatThrownBy(() -> this.access.readable(outsider, conversation)).isInstanceOf(NotFoundException.class);
		}
	}

	@Test
	void theTalentsManagerWhoDoesNotHoldItReadsNothing() {
		ExitConversation proposed = ExitConversation.proposed(this.talentId,
				io.cocareer.alumni.conversation.Prompt.YEARLY, LocalDate.now().plusDays(30), Instant.now());
		assertThat(this.access.mayRead(this.holder, proposed)).as("a proposal is the talent lead's until scheduled")
			.isFalse();
		assertThat(this.access.mayRead(this.talent, proposed)).isTrue();
	}

	@Test
	void theHolderAndTheLeadChangeItTheTalentReadsOnlyAndAClosedOneChangesNoMore() {
		ExitConversation conversation = heldByManager();
		assertThat(this.access.mayEdit(this.holder, conversation)).isTrue();
		assertThat(this.access.mayEdit(this.lead, conversation)).isTrue();
		assertThat(this.access.mayEdit(this.talent, conversation)).isFalse();
		assertThat(this.access.mayClose(this.holder, conversation)).as("closed once held").isFalse();
		conversation.record(LocalDate.now(), Intention.STAY, 12, null, null, null, null);
		assertThat(this.access.mayClose(this.holder, conversation)).isTrue();
		conversation.close(LocalDate.now());
		assertThat(this.access.mayEdit(this.holder, conversation)).isFalse();
		assertThat(this.access.mayEdit(this.lead, conversation)).isFalse();
		assertThat(this.access.mayRead(this.talent, conversation)).isTrue();
	}

	@Test
	void theOwnerOfAFollowUpMarksItDone() {
		ExitConversation conversation = heldByManager();
		conversation.record(LocalDate.now(), Intention.MAY_LEAVE, 6, null, null, null, null);
		FollowUp byTalent = conversation.addFollowUp("Write it down", this.talentId, LocalDate.now().plusDays(5),
				Instant.now());
		assertThat(this.access.mayMarkDone(this.talent, conversation, byTalent)).isTrue();
		assertThat(this.access.mayMarkDone(this.otherTalent, conversation, byTalent)).isFalse();
		byTalent.markDone(LocalDate.now());
		assertThat(this.access.mayMarkDone(this.talent, conversation, byTalent)).as("done once").isFalse();
	}

	@Test
	void theLeadSchedulesForAnyTalentAManagerForTheirReportOnlyAndNobodyElseAtAll() {
		assertThat(this.access.mayScheduleFor(this.lead, this.talentId, HolderKind.TALENT_LEAD, false)).isTrue();
		assertThat(this.access.mayScheduleFor(this.lead, this.talentId, HolderKind.MANAGER, false)).isTrue();
		assertThat(this.access.mayScheduleFor(this.holder, this.talentId, HolderKind.MANAGER, true)).isTrue();
		assertThat(this.access.mayScheduleFor(this.otherManager, this.talentId, HolderKind.MANAGER, false)).isFalse();
		assertThat(this.access.mayScheduleFor(this.talent, this.talentId, HolderKind.MANAGER, false)).isFalse();
		assertThat(this.access.maySchedule(this.admin)).isFalse();
		assertThat(this.access.maySchedule(this.alumnus)).isFalse();
		assertThatThrownBy(() -> this.access.participant(this.admin)).isInstanceOf(PermissionDenied.class);
		assertThatThrownBy(() -> this.access.participant(this.alumnus)).isInstanceOf(PermissionDenied.class);
	}

}
