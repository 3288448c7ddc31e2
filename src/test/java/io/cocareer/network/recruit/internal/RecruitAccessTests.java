package io.cocareer.network.recruit.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.network.recruit.CandidateStage;
import io.cocareer.network.recruit.SaveCandidate;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** The recruitment's access policy: the lead keeps every candidate, a hiring manager sees their own, nobody else any. */
class RecruitAccessTests {

	private final RecruitAccess access = new RecruitAccess(mock(Candidates.class));

	private static Actor actor(UUID personId, Role... roles) {
		return new Actor(null, "someone", PersonId.ofNullable(personId), "Someone", Set.of(roles));
	}

	private static Candidate candidate(UUID hiringManager) {
		return new Candidate(new SaveCandidate("Ana Lopez", "Data engineer", CandidateStage.APPLIED, null,
				PersonId.ofNullable(hiringManager)), Instant.EPOCH);
	}

	@Test
	void theLeadSeesAndChangesEveryCandidate() {
		Actor lead = actor(UUID.randomUUID(), Role.TALENT_LEAD);
		Candidate candidate = candidate(null);

		assertThat(this.access.maySee(lead, candidate)).isTrue();
		assertThat(this.access.mayChange(lead, candidate)).isTrue();
		this.access.requireRecruit(lead);
	}

	@Test
	void aManagerSeesOnlyTheCandidatesTheyHireAndChangesOnlyTheirAssets() {
		UUID managerId = UUID.randomUUID();
		Actor manager = actor(managerId, Role.MANAGER);

		assertThat(this.access.maySee(manager, candidate(managerId))).isTrue();
		assertThat(this.access.mayChangeAssets(manager, candidate(managerId))).isTrue();
		assertThat(this.access.mayChange(manager, candidate(managerId))).isFalse();
		assertThat(this.access.maySee(manager, candidate(UUID.randomUUID()))).isFalse();
		assertThat(this.access.maySee(manager, candidate(null))).isFalse();
		assertThatThrownBy(() -> this.access.requireRecruit(manager)).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void administratorsTalentsAndAlumniSeeNoCandidateEvenOneNamingThem() {
		UUID personId = UUID.randomUUID();
		for (Actor other : new Actor[] { actor(null, Role.ADMIN), actor(personId, Role.TALENT),
				actor(personId, Role.ALUMNUS), actor(personId, Role.ADMIN) }) {
			assertThat(this.access.maySee(other, candidate(personId))).isFalse();
			assertThat(this.access.mayOpenCandidates(other)).isFalse();
			assertThatThrownBy(() -> this.access.requireCandidates(other)).isInstanceOf(PermissionDenied.class);
		}
	}

	@Test
	void assetsAreComparedTrimmedWithSingleSpacesInLowerCase() {
		assertThat(CandidateAsset.keyOf("  Data   Guild NL ")).isEqualTo("data guild nl");
		assertThat(CandidateAsset.keyOf("TU\tDelft")).isEqualTo("tu delft");
	}

}
