package io.cocareer.people;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ModuleTest;
import io.cocareer.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The people module on its own (it depends on nothing but shared): what it tells other modules
 * about a person's employment. Identity, talent and the approaches to come react to these events
 * instead of calling into people.
 */
@ApplicationModuleTest
@ModuleTest
class PeopleModuleTests {

	private static final Actor LEAD = SignedIn.actor(Role.TALENT_LEAD);

	@Autowired
	PeopleService people;

	@Autowired
	PeopleDirectory directory;

	@Test
	void hiringSomeoneTellsTheOtherModulesWhoAndSince(Scenario scenario) {
		String key = key();

		scenario.stimulate(() -> this.people.create(LEAD, newPerson(key)))
			.andWaitForEventOfType(PersonHired.class)
			.matching((hired) -> hired.hiredOn().equals(LocalDate.of(2021, 4, 1)))
			.toArriveAndVerify((hired, id) -> assertThat(hired.personId()).isEqualTo(PersonId.of(id)));
	}

	@Test
	void leavingAndComingBackAreToldAsTheyHappenWithTheirDays(Scenario scenario) {
		UUID id = this.people.create(LEAD, newPerson(key()));
		LocalDate leftOn = LocalDate.of(2025, 6, 30);
		LocalDate rehiredOn = LocalDate.of(2026, 9, 1);

		scenario.stimulate(() -> this.people.recordLeaving(LEAD, id, leftOn, "Moved abroad"))
			.andWaitForEventOfType(PersonLeft.class)
			.matching((left) -> left.personId().equals(PersonId.of(id)))
			.toArriveAndVerify((left) -> assertThat(left.leftOn()).isEqualTo(leftOn));
		scenario.stimulate(() -> this.people.rehire(LEAD, id, rehiredOn, null))
			.andWaitForEventOfType(PersonRehired.class)
			.matching((rehired) -> rehired.personId().equals(PersonId.of(id)))
			.toArriveAndVerify((rehired) -> assertThat(rehired.rehiredOn()).isEqualTo(rehiredOn));
	}

	@Test
	void aLeavingThePolicyRefusesTellsNobody(AssertablePublishedEvents events) {
		UUID id = this.people.create(LEAD, newPerson(key()));

		assertThatExceptionOfType(PermissionDenied.class).isThrownBy(
				() -> this.people.recordLeaving(SignedIn.actor(Role.MANAGER), id, LocalDate.of(2025, 6, 30), "No"));

		assertThat(events.ofType(PersonLeft.class).matching((left) -> left.personId().equals(PersonId.of(id)))).isEmpty();
		assertThat(this.people.profile(LEAD, id).person().status()).isEqualTo(PersonStatus.ACTIVE);
	}

	@Test
	void erasingSomeoneWhoLeftBlanksThemAndTellsTheOtherModules(Scenario scenario) {
		UUID id = this.people.create(LEAD, newPerson(key()));
		this.people.recordLeaving(LEAD, id, LocalDate.of(2025, 6, 30), "Moved abroad");

		scenario.stimulate(() -> this.people.erase(LEAD, id))
			.andWaitForEventOfType(PersonErased.class)
			.matching((erased) -> erased.personId().equals(PersonId.of(id)))
			.toArriveAndVerify((erased) -> assertThat(erased.erasedOn()).isNotNull());
		PersonView person = this.people.profile(LEAD, id).person();
		assertThat(person.erased()).isTrue();
		assertThat(person.fullName()).isEqualTo("Former colleague");
		assertThat(person.email()).doesNotContain("test.cocareer.io");
		assertThat(person.employeeId()).startsWith("ERASED-");
		assertThat(this.people.profile(LEAD, id).employmentHistory())
			.allSatisfy((period) -> assertThat(period.endReason()).isNull());
	}

	@Test
	void someoneStillEmployedIsNotErasedAndNobodyIsTold(AssertablePublishedEvents events) {
		UUID id = this.people.create(LEAD, newPerson(key()));

		assertThatExceptionOfType(BusinessRuleViolation.class).isThrownBy(() -> this.people.erase(LEAD, id))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("people.erase.notLeft"));
		assertThatExceptionOfType(PermissionDenied.class)
			.isThrownBy(() -> this.people.erase(SignedIn.actor(Role.ADMIN), id));

		assertThat(events.ofType(PersonErased.class).matching((erased) -> erased.personId().equals(PersonId.of(id)))).isEmpty();
		assertThat(this.people.profile(LEAD, id).person().fullName()).isEqualTo("Pia Module");
	}

	@Test
	void theHiresOfAPeriodCountTheReturnsOfPeopleWhoWorkedHereBefore() {
		LocalDate hired = LocalDate.of(1987, 3, 2);
		UUID back = this.people.create(LEAD, newPerson(key(), hired));
		this.people.create(LEAD, newPerson(key(), hired.plusDays(1)));
		this.people.create(LEAD, newPerson(key(), LocalDate.of(1987, 12, 31)));
		this.people.recordLeaving(LEAD, back, LocalDate.of(1988, 6, 30), "Studies");
		this.people.rehire(LEAD, back, LocalDate.of(1989, 9, 1), null);

		assertThat(this.directory.hiresBetween(LocalDate.of(1987, 1, 1), LocalDate.of(1987, 12, 31)))
			.isEqualTo(new HireCounts(3, 0));
		assertThat(this.directory.hiresBetween(LocalDate.of(1989, 9, 1), LocalDate.of(1989, 9, 1)))
			.isEqualTo(new HireCounts(1, 1));
		assertThat(this.directory.hiresBetween(LocalDate.of(1987, 1, 1), LocalDate.of(1989, 12, 31)))
			.isEqualTo(new HireCounts(4, 1));
		assertThat(this.directory.hiresBetween(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31)))
			.isEqualTo(new HireCounts(0, 0));
	}

	private static String key() {
		return "PM" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static SavePerson newPerson(String key) {
		return newPerson(key, LocalDate.of(2021, 4, 1));
	}

	private static SavePerson newPerson(String key, LocalDate hired) {
		return new SavePerson(key, "Pia", "Module", key.toLowerCase() + "@test.cocareer.io", "Analyst", null, null, hired);
	}

}
