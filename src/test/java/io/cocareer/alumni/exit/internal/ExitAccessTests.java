package io.cocareer.alumni.exit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.alumni.exit.ExitView.Reader;
import io.cocareer.alumni.exit.InterviewAnonymity;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who reads and does what in an exit protocol: the policy alone, and the protocol's own rules. */
class ExitAccessTests {

	final UUID leaverId = UUID.randomUUID();

	final UUID managerId = UUID.randomUUID();

	final ExitAccess access = new ExitAccess(null);

	static Actor actor(UUID personId, Role... roles) {
		return new Actor(AccountId.of(UUID.randomUUID()), "u", (personId != null) ? PersonId.of(personId) : null, "U",
				Set.of(roles));
	}

	ExitProtocol exit() {
		return ExitProtocol.forLeaver(this.leaverId, this.managerId, LocalDate.of(2030, 1, 31), null, Instant.now());
	}

	@Test
	void theLeaverTheLeadAndTheManagerReadItAndNobodyElse() {
		ExitProtocol exit = exit();
		assertThat(this.access.reader(actor(this.leaverId, Role.TALENT), exit)).contains(Reader.LEAVER);
		assertThat(this.access.reader(actor(UUID.randomUUID(), Role.TALENT_LEAD), exit)).contains(Reader.LEAD);
		assertThat(this.access.reader(actor(this.managerId, Role.MANAGER), exit)).contains(Reader.MANAGER);
		assertThat(this.access.reader(actor(UUID.randomUUID(), Role.MANAGER), exit)).isEmpty();
		assertThat(this.access.reader(actor(UUID.randomUUID(), Role.TALENT), exit)).isEmpty();
		assertThat(this.access.reader(actor(UUID.randomUUID(), Role.ALUMNUS), exit)).isEmpty();
		assertThat(this.access.reader(actor(null, Role.ADMIN), exit)).isEmpty();
		assertThat(this.access.reader(actor(UUID.randomUUID(), Role.ADMIN), exit)).isEmpty();
	}

	@Test
	void consentAndInterviewAreTheLeaversAloneAndAnAnonymousInterviewIsReadByNobodyElse() {
		ExitProtocol exit = exit();
		assertThat(this.access.abilities(Reader.LEAD, exit).giveConsent()).isFalse();
		assertThat(this.access.abilities(Reader.LEAD, exit).giveInterview()).isFalse();
		assertThat(this.access.abilities(Reader.LEAVER, exit).giveConsent()).isTrue();
		assertThat(this.access.abilities(Reader.MANAGER, exit).editReason()).isFalse();
		assertThat(this.access.abilities(Reader.MANAGER, exit).editHandover()).isTrue();
		assertThat(this.access.abilities(Reader.MANAGER, exit).readConnection()).isFalse();
		assertThat(this.access.abilities(Reader.LEAVER, exit).complete()).isFalse();
		exit.interview(InterviewAnonymity.ANONYMOUS, "PAY", "words", null, Instant.now());
		assertThat(this.access.mayReadInterview(Reader.LEAD, exit)).isFalse();
		assertThat(this.access.mayReadInterview(Reader.MANAGER, exit)).isFalse();
		assertThat(this.access.mayReadInterview(Reader.LEAVER, exit)).isTrue();
		exit.interview(InterviewAnonymity.NAMED, "PAY", "words", null, Instant.now());
		assertThat(this.access.mayReadInterview(Reader.LEAD, exit)).isTrue();
		assertThat(this.access.mayReadInterview(Reader.MANAGER, exit)).isFalse();
	}

	@Test
	void aProtocolCompletesOnceWithAReasonAnEligibilityAndALeavingDate() {
		ExitProtocol exit = exit();
		assertThatThrownBy(() -> exit.complete(Instant.now())).isInstanceOf(BusinessRuleViolation.class)
			.hasMessageContaining("reason");
		exit.reason(LocalDate.of(2030, 1, 31), "PAY", RehireEligibility.WITH_REVIEW, null);
		exit.consent("a@example.org", Set.of(ContactChannel.EMAIL), ContactCadence.YEARLY, Instant.now());
		exit.complete(Instant.now());
		assertThat(exit.consent()).isNotNull();
		assertThatThrownBy(() -> exit.complete(Instant.now())).isInstanceOf(BusinessRuleViolation.class)
			.hasMessageContaining("already completed");
		assertThat(this.access.abilities(Reader.LEAD, exit).complete()).isFalse();
		assertThatThrownBy(() -> exit.withdrawConsent(Instant.now())).isInstanceOf(BusinessRuleViolation.class);
	}

}
