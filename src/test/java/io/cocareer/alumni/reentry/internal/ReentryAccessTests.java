package io.cocareer.alumni.reentry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.reentry.AskToReturn;
import io.cocareer.alumni.reentry.ReentryOrigin;
import io.cocareer.alumni.reentry.SaveEvaluation;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reads and does what with a re-entry request and a repatriation plan: one policy, deny by default. */
class ReentryAccessTests {

	private final ReentryAccess access = new ReentryAccess();

	private final UUID alumnus = UUID.randomUUID();

	private final UUID hiringManager = UUID.randomUUID();

	@Test
	void onlyTheLeadAndTheNamedHiringManagerEvaluate() {
		ReentryRequest request = request(this.hiringManager);
		assertThat(this.access.mayEvaluate(actor(UUID.randomUUID(), Role.TALENT_LEAD), request)).isTrue();
		assertThat(this.access.mayEvaluate(actor(this.hiringManager, Role.MANAGER), request)).isTrue();
		assertThat(this.access.mayEvaluate(actor(UUID.randomUUID(), Role.MANAGER), request)).as("another manager").isFalse();
		assertThat(this.access.mayEvaluate(actor(this.alumnus, Role.ALUMNUS), request)).as("the alumnus").isFalse();
		assertThat(this.access.mayEvaluate(actor(UUID.randomUUID(), Role.ADMIN), request)).as("an administrator").isFalse();
		assertThat(this.access.mayEvaluate(actor(UUID.randomUUID(), Role.TALENT), request)).isFalse();
		assertThat(this.access.mayEvaluate(new Actor(AccountId.of(UUID.randomUUID()), "svc", null, "svc",
				Set.of(Role.TALENT_LEAD)), request)).as("a lead's account that is no person's").isFalse();
	}

	@Test
	void aNamedHiringManagerWhoLeftLosesTheEvaluation() {
		ReentryRequest request = request(this.hiringManager);
		// their staff roles come off at leaving; an alumnus' actor holds none
		assertThat(this.access.mayEvaluate(actor(this.hiringManager, Role.ALUMNUS), request)).isFalse();
	}

	@Test
	void theAlumnusReadsTheirOwnRequestOnlyAsItsAsker() {
		ReentryRequest request = request(null);
		assertThat(this.access.isAsker(actor(this.alumnus, Role.ALUMNUS), request)).isTrue();
		assertThat(this.access.isAsker(actor(UUID.randomUUID(), Role.ALUMNUS), request)).isFalse();
		assertThat(this.access.mayAsk(actor(this.alumnus, Role.ALUMNUS))).isTrue();
		assertThat(this.access.mayAsk(actor(this.alumnus, Role.TALENT))).isFalse();
		assertThat(this.access.mayAsk(actor(this.alumnus, Role.ALUMNUS, Role.ADMIN))).isFalse();
	}

	@Test
	void thePlanIsTheLeadsTheHiringManagersAndTheBoomerangsToRead() {
		UUID lead = UUID.randomUUID();
		RepatriationPlan plan = new RepatriationPlan(this.alumnus, UUID.randomUUID(), LocalDate.of(2026, 8, 1),
				UUID.randomUUID(), this.hiringManager, lead, Instant.now());
		assertThat(this.access.mayReadPlan(actor(this.alumnus, Role.TALENT), plan)).isTrue();
		assertThat(this.access.mayEditPlan(actor(this.alumnus, Role.TALENT), plan)).as("the boomerang reads only").isFalse();
		assertThat(this.access.mayEditPlan(actor(this.hiringManager, Role.MANAGER), plan)).isTrue();
		assertThat(this.access.mayEditPlan(actor(lead, Role.TALENT_LEAD), plan)).isTrue();
		assertThat(this.access.mayReadPlan(actor(UUID.randomUUID(), Role.MANAGER), plan)).isFalse();
		assertThat(this.access.mayReadPlan(actor(UUID.randomUUID(), Role.ADMIN), plan)).isFalse();
		assertThat(this.access.mayReadPlan(actor(UUID.randomUUID(), Role.TALENT), plan)).isFalse();
	}

	@Test
	void theDefaultItemsAreOwnedAndDueInTheFirstWeeks() {
		UUID lead = UUID.randomUUID();
		LocalDate back = LocalDate.of(2026, 8, 3);
		RepatriationPlan plan = new RepatriationPlan(this.alumnus, UUID.randomUUID(), back, UUID.randomUUID(),
				this.hiringManager, lead, Instant.now());
		assertThat(plan.items()).extracting(RepatriationItem::kind)
			.containsExactly(io.cocareer.alumni.reentry.RepatriationItemKind.values());
		assertThat(plan.items()).extracting(RepatriationItem::dueOn)
			.containsExactly(back.plusWeeks(2), back.plusWeeks(4), back.plusWeeks(6), back.plusWeeks(2), back.plusWeeks(8));
		assertThat(plan.items()).extracting(RepatriationItem::ownerId)
			.containsExactly(this.hiringManager, lead, this.hiringManager, this.hiringManager, lead);
	}

	private ReentryRequest request(UUID manager) {
		ReentryRequest request = new ReentryRequest(this.alumnus, ReentryOrigin.ALUMNUS, this.alumnus,
				new AskToReturn("Data engineer", null, null, null, "Miss the team"), Instant.now());
		if (manager != null) {
			request.evaluate(new SaveEvaluation(manager, null, null, false, null, null, null, null, null, null),
					Instant.now());
		}
		return request;
	}

	private static Actor actor(UUID personId, Role... roles) {
		return new Actor(AccountId.of(UUID.randomUUID()), "u", PersonId.of(personId), "U", Set.of(roles));
	}

}
