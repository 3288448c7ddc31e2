package io.cocareer.toolbox.workshop.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.workshop.Attendance;
import io.cocareer.toolbox.workshop.Audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The table of who may do what with a workshop. */
class WorkshopAccessTests {

	private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

	private final WorkshopAccess access = new WorkshopAccess();

	private static Actor actor(Role... roles) {
		UUID id = UUID.randomUUID();
		return new Actor(AccountId.of(UUID.randomUUID()), "u" + id, PersonId.of(id), "U", Set.of(roles));
	}

	private static Workshop workshop(UUID facilitator, Audience audience) {
		return Workshop.schedule("Plan", null, facilitator, NOW.plus(Duration.ofDays(3)), 60, "Room", null, 5, audience,
				NOW);
	}

	@Test
	void whoSeesAndManagesAWorkshop() {
		Actor lead = actor(Role.TALENT_LEAD);
		Actor manager = actor(Role.MANAGER);
		Actor talent = actor(Role.TALENT);
		Actor admin = actor(Role.ADMIN);
		Actor alumnus = actor(Role.ALUMNUS);
		Actor facilitator = actor(Role.MANAGER);
		Workshop everyone = workshop(facilitator.personId().value(), Audience.EVERYONE);
		Workshop talents = workshop(facilitator.personId().value(), Audience.TALENTS);

		assertThat(this.access.maySee(lead, everyone)).isTrue();
		assertThat(this.access.maySee(manager, everyone)).isTrue();
		assertThat(this.access.maySee(talent, everyone)).isTrue();
		assertThat(this.access.maySee(admin, everyone)).as("administrators read no careers").isFalse();
		assertThat(this.access.maySee(alumnus, everyone)).isFalse();

		assertThat(this.access.maySee(lead, talents)).isTrue();
		assertThat(this.access.maySee(talent, talents)).isTrue();
		assertThat(this.access.maySee(manager, talents)).as("a talents' workshop is not a manager's").isFalse();
		assertThat(this.access.maySee(facilitator, talents)).as("but its facilitator's").isTrue();
		assertThatThrownBy(() -> this.access.visible(manager, talents)).isInstanceOf(NotFoundException.class);

		assertThat(this.access.mayManage(lead, everyone)).isTrue();
		assertThat(this.access.mayManage(facilitator, everyone)).isTrue();
		assertThat(this.access.mayManage(manager, everyone)).isFalse();
		assertThat(this.access.mayManage(talent, everyone)).isFalse();
		assertThatThrownBy(() -> this.access.managed(talent, everyone)).isInstanceOf(PermissionDenied.class);
		assertThatThrownBy(() -> this.access.managed(manager, talents)).isInstanceOf(NotFoundException.class);

		assertThat(this.access.mayCreate(lead)).isTrue();
		assertThat(this.access.mayCreate(manager)).isFalse();
		assertThat(this.access.mayCreate(talent)).isFalse();
		assertThat(this.access.mayCreate(admin)).isFalse();
		assertThatThrownBy(() -> this.access.participant(admin)).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void whoEnrolsReadsMaterialsAndGivesFeedback() {
		Actor manager = actor(Role.MANAGER);
		Actor talent = actor(Role.TALENT);
		Actor other = actor(Role.TALENT);
		Workshop talents = workshop(UUID.randomUUID(), Audience.TALENTS);
		assertThat(this.access.mayEnrolSelf(talent, talents, NOW)).isTrue();
		assertThat(this.access.mayEnrolSelf(manager, talents, NOW)).isFalse();
		talents.enrol(talent.personId().value(), NOW);
		assertThat(this.access.mayEnrolSelf(talent, talents, NOW)).as("once").isFalse();
		assertThat(this.access.mayLeave(talent, talents, NOW)).isTrue();
		assertThat(this.access.mayLeave(other, talents, NOW)).isFalse();
		assertThat(this.access.mayReadMaterials(talent, talents)).isTrue();
		assertThat(this.access.mayReadMaterials(other, talents)).isFalse();
		Instant after = NOW.plus(Duration.ofDays(4));
		assertThat(this.access.mayEnrolSelf(other, talents, after)).as("closed at the start").isFalse();
		assertThat(this.access.mayGiveFeedback(talent, talents)).as("not before attending").isFalse();
		talents.recordAttendance(talent.personId().value(), Attendance.ATTENDED, after);
		assertThat(this.access.mayGiveFeedback(talent, talents)).isTrue();
		assertThat(this.access.mayGiveFeedback(other, talents)).isFalse();
	}

	@Test
	void aPersonOfTheAudience() {
		assertThat(WorkshopAccess.inAudience(Audience.EVERYONE, true, false)).isTrue();
		assertThat(WorkshopAccess.inAudience(Audience.TALENTS, true, false)).isFalse();
		assertThat(WorkshopAccess.inAudience(Audience.TALENTS, true, true)).isTrue();
		assertThat(WorkshopAccess.inAudience(Audience.EVERYONE, false, true)).isFalse();
	}

}
