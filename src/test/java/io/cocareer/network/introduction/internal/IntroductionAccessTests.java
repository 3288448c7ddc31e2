package io.cocareer.network.introduction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.network.introduction.BrokerKind;
import io.cocareer.network.introduction.IntroductionChannel;
import io.cocareer.network.introduction.IntroductionOutcome;
import io.cocareer.network.introduction.IntroductionState;
import io.cocareer.network.introduction.TargetKind;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who sees and does what with an introduction, and the order of its states, without a database. */
class IntroductionAccessTests {

	private final IntroductionAccess access = new IntroductionAccess();

	private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

	private static Actor person(Role... roles) {
		UUID id = UUID.randomUUID();
		return new Actor(AccountId.of(UUID.randomUUID()), "u" + id, PersonId.of(id), "Someone", Set.of(roles));
	}

	private Introduction asked(Actor talent, BrokerKind kind, Actor broker) {
		return new Introduction(talent.personId().value(), TargetKind.PERSON, null, "Jonas Weber", "Contoso", "Learn",
				null, kind, (broker != null) ? broker.personId().value() : null, this.now);
	}

	@Test
	void onlyTheTalentAndTheBrokerSeeItAndEachTakesTheirOwnSteps() {
		Actor talent = person(Role.TALENT);
		Actor manager = person(Role.MANAGER);
		Actor otherManager = person(Role.MANAGER);
		Actor lead = person(Role.TALENT_LEAD);
		Introduction introduction = asked(talent, BrokerKind.MANAGER, manager);

		assertThat(this.access.mayRead(talent, introduction)).isTrue();
		assertThat(this.access.mayRead(manager, introduction)).isTrue();
		assertThat(this.access.mayRead(otherManager, introduction)).isFalse();
		assertThat(this.access.mayRead(lead, introduction)).as("a lead who is not the broker").isFalse();
		assertThat(this.access.mayAnswer(manager, introduction)).isTrue();
		assertThat(this.access.mayAnswer(talent, introduction)).isFalse();
		assertThat(this.access.mayWithdraw(talent, introduction)).isTrue();
		assertThat(this.access.mayWithdraw(manager, introduction)).isFalse();

		introduction.accept(manager.personId().value(), null, this.now);
		assertThat(this.access.mayAnswer(manager, introduction)).isFalse();
		assertThat(this.access.mayRecordIntroduced(manager, introduction)).isTrue();
		assertThat(this.access.mayRecordOutcome(talent, introduction)).isFalse();
		introduction.introduced(IntroductionChannel.EMAIL, LocalDate.of(2026, 12, 1), null, this.now);
		assertThat(this.access.mayWithdraw(talent, introduction)).as("made: no longer withdrawn").isFalse();
		assertThat(this.access.mayRecordOutcome(talent, introduction)).isTrue();
		introduction.close(IntroductionOutcome.CONNECTED, this.now);
		assertThat(this.access.mayAddToMap(talent, introduction)).isTrue();
		assertThat(this.access.mayAddToMap(manager, introduction)).isFalse();
		introduction.onMap(UUID.randomUUID());
		assertThat(this.access.mayAddToMap(talent, introduction)).as("once").isFalse();
	}

	@Test
	void aRequestToTheLeadsIsEveryLeadsUntilOneAnswersIt() {
		Actor talent = person(Role.TALENT);
		Actor lead = person(Role.TALENT_LEAD);
		Actor otherLead = person(Role.TALENT_LEAD);
		Introduction introduction = asked(talent, BrokerKind.TALENT_LEAD, null);

		assertThat(this.access.mayAnswer(lead, introduction)).isTrue();
		assertThat(this.access.mayAnswer(otherLead, introduction)).isTrue();
		introduction.accept(lead.personId().value(), null, this.now);
		assertThat(this.access.mayRead(lead, introduction)).isTrue();
		assertThat(this.access.mayRead(otherLead, introduction)).isFalse();
		assertThat(this.access.mayAskTheLeads(lead)).isFalse();
	}

	@Test
	void anAdministratorOrAnAlumnusTakesNoPart() {
		Actor admin = new Actor(AccountId.of(UUID.randomUUID()), "admin", null, "Admin", Set.of(Role.ADMIN));
		Actor alumnus = person(Role.ALUMNUS);
		assertThat(this.access.mayTakePart(admin)).isFalse();
		assertThat(this.access.mayTakePart(alumnus)).isFalse();
		assertThatThrownBy(() -> this.access.self(admin)).isInstanceOf(PermissionDenied.class);
		Introduction theirs = asked(alumnus, BrokerKind.MANAGER, person(Role.MANAGER));
		assertThat(this.access.mayRead(alumnus, theirs)).isFalse();
	}

	@Test
	void stepsComeInTheirOrderAndLeaversEndOnlyWhatIsNotMade() {
		Actor talent = person(Role.TALENT);
		Actor manager = person(Role.MANAGER);
		Introduction introduction = asked(talent, BrokerKind.MANAGER, manager);
		assertThatIllegalStateException().isThrownBy(() -> introduction.close(IntroductionOutcome.CONNECTED, this.now));
		introduction.accept(manager.personId().value(), null, this.now);
		assertThatIllegalStateException().isThrownBy(() -> introduction.accept(manager.personId().value(), null, this.now));

		introduction.brokerLeft(this.now);
		assertThat(introduction.state()).isEqualTo(IntroductionState.DECLINED);
		assertThat(introduction.closedReason()).isEqualTo(Introduction.BROKER_LEFT);

		Introduction made = asked(talent, BrokerKind.MANAGER, manager);
		made.accept(manager.personId().value(), null, this.now);
		made.introduced(IntroductionChannel.EVENT, LocalDate.of(2026, 11, 30), "Note", this.now);
		made.askerLeft(this.now);
		assertThat(made.state()).isEqualTo(IntroductionState.INTRODUCED);
		made.forgetBroker();
		assertThat(made.brokerId()).isNull();
		assertThat(made.brokerErased()).isTrue();
		assertThat(made.introductionNote()).isNull();
	}

}
