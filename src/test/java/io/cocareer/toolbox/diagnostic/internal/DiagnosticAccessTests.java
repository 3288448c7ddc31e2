package io.cocareer.toolbox.diagnostic.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.diagnostic.DiagnosticItem;
import io.cocareer.toolbox.diagnostic.DiagnosticScope;
import io.cocareer.toolbox.diagnostic.DiagnosticWeights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who sees and does what with a diagnostic, as a table: the lead everything but answers (the result
 * once closed, as everybody: read before and after one more answer, it would tell that answer); a
 * respondent theirs and, once closed, the result; a unit's manager a closed unit diagnostic's
 * result; the author alone their answers; administrators, alumni and everybody else nothing.
 */
class DiagnosticAccessTests {

	private final DiagnosticAccess access = new DiagnosticAccess();

	private final UUID unit = UUID.randomUUID();

	private final UUID otherUnit = UUID.randomUUID();

	private final UUID respondentId = UUID.randomUUID();

	private final Actor lead = actor(UUID.randomUUID(), Role.TALENT_LEAD);

	private final Actor respondent = actor(this.respondentId, Role.TALENT);

	private final Actor unitManager = actor(UUID.randomUUID(), Role.MANAGER);

	private final Actor otherManager = actor(UUID.randomUUID(), Role.MANAGER);

	private final Actor otherTalent = actor(UUID.randomUUID(), Role.TALENT);

	private final Actor admin = actor(UUID.randomUUID(), Role.ADMIN);

	private final Actor alumnus = actor(UUID.randomUUID(), Role.ALUMNUS);

	private final Actor leadWithoutPerson = new Actor(AccountId.of(UUID.randomUUID()), "it", null, "IT",
			Set.of(Role.TALENT_LEAD));

	private static Actor actor(UUID personId, Role... roles) {
		return new Actor(AccountId.of(UUID.randomUUID()), "u" + personId, PersonId.of(personId), "Someone", Set.of(roles));
	}

	private Diagnostic of(DiagnosticScope scope) {
		return new Diagnostic("Test", scope, this.unit, Set.of(this.respondentId), DiagnosticWeights.equal(),
				LocalDate.now(), Instant.now());
	}

	private Diagnostic closed(DiagnosticScope scope) {
		Diagnostic diagnostic = of(scope);
		diagnostic.close(LocalDate.now());
		return diagnostic;
	}

	/** The unit each actor works in: the unit manager in the diagnostic's unit, everyone else elsewhere. */
	private UUID unitOf(Actor actor) {
		return (actor == this.unitManager) ? this.unit : this.otherUnit;
	}

	@Test
	void whoReadsADiagnosticAndItsResult() {
		// reader, scope, state -> may read, may read the result
		Object[][] table = {
				{ this.lead, DiagnosticScope.ORGANISATION, false, true, false },
				{ this.lead, DiagnosticScope.ORGANISATION, true, true, true },
				{ this.respondent, DiagnosticScope.ORGANISATION, false, true, false },
				{ this.respondent, DiagnosticScope.ORGANISATION, true, true, true },
				{ this.unitManager, DiagnosticScope.UNIT, false, false, false },
				{ this.unitManager, DiagnosticScope.UNIT, true, true, true },
				{ this.unitManager, DiagnosticScope.ORGANISATION, true, false, false },
				{ this.otherManager, DiagnosticScope.UNIT, true, false, false },
				{ this.otherTalent, DiagnosticScope.UNIT, true, false, false },
				{ this.otherTalent, DiagnosticScope.ORGANISATION, true, false, false },
				{ this.admin, DiagnosticScope.ORGANISATION, true, false, false },
				{ this.alumnus, DiagnosticScope.ORGANISATION, true, false, false },
				{ this.leadWithoutPerson, DiagnosticScope.ORGANISATION, true, false, false } };
		for (Object[] row : table) {
			Actor reader = (Actor) row[0];
			Diagnostic diagnostic = ((boolean) row[2]) ? closed((DiagnosticScope) row[1]) : of((DiagnosticScope) row[1]);
			String what = reader.roles() + " " + row[1] + ((boolean) row[2] ? " closed" : " open");
			assertThat(this.access.mayRead(reader, diagnostic, unitOf(reader))).as("reads " + what).isEqualTo(row[3]);
			assertThat(this.access.mayReadResult(reader, diagnostic, unitOf(reader))).as("reads the result of " + what)
				.isEqualTo(row[4]);
			if (!(boolean) row[3]) {
				assertThatThrownBy(() -> this.access.readable(reader, diagnostic, unitOf(reader)))
					.as("does not exist for " + what)
					.isInstanceOf(NotFoundException.class);
			}
		}
	}

	@Test
	void theLeadCreatesAndClosesRespondentsAnswerWhileItIsOpen() {
		Diagnostic open = of(DiagnosticScope.ORGANISATION);
		Diagnostic closed = closed(DiagnosticScope.ORGANISATION);
		assertThat(this.access.mayCreate(this.lead)).isTrue();
		for (Actor other : new Actor[] { this.respondent, this.unitManager, this.admin, this.alumnus,
				this.leadWithoutPerson }) {
			assertThat(this.access.mayCreate(other)).as(other.roles().toString()).isFalse();
			assertThat(this.access.mayClose(other, open)).as(other.roles().toString()).isFalse();
		}
		assertThat(this.access.mayClose(this.lead, open)).isTrue();
		assertThat(this.access.mayClose(this.lead, closed)).as("closed once").isFalse();
		assertThat(this.access.mayAnswer(this.respondent, open)).isTrue();
		assertThat(this.access.mayAnswer(this.respondent, closed)).as("answers freeze").isFalse();
		assertThat(this.access.mayAnswer(this.lead, open)).as("the lead answers only when asked").isFalse();
		assertThat(this.access.mayAnswer(this.otherTalent, open)).isFalse();
	}

	@Test
	void answersAreTheirAuthorsAloneAndWhoAnsweredTheLeadsAlone() {
		Diagnostic open = of(DiagnosticScope.ORGANISATION);
		var answers = new EnumMap<DiagnosticItem, Integer>(DiagnosticItem.class);
		for (DiagnosticItem item : DiagnosticItem.values()) {
			answers.put(item, 3);
		}
		DiagnosticResponse response = new DiagnosticResponse(open.id(), this.respondentId, answers, Instant.now());
		assertThat(this.access.mayReadAnswers(this.respondent, response)).isTrue();
		for (Actor other : new Actor[] { this.lead, this.unitManager, this.otherTalent, this.admin, this.alumnus }) {
			assertThat(this.access.mayReadAnswers(other, response)).as(other.roles().toString()).isFalse();
		}
		DiagnosticResponse anonymised = new DiagnosticResponse(open.id(), null, answers, Instant.now());
		assertThat(this.access.mayReadAnswers(this.respondent, anonymised)).as("once erased, nobody's").isFalse();
		assertThat(this.access.maySeeRespondents(this.lead)).isTrue();
		assertThat(this.access.maySeeRespondents(this.respondent)).isFalse();
		assertThat(this.access.maySeeRespondents(this.unitManager)).isFalse();
	}

}
