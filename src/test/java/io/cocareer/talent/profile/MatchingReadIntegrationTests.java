package io.cocareer.talent.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.people.PeopleService;
import io.cocareer.shared.PersonId;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.talent.MatchingProfile;
import io.cocareer.talent.TalentTestPeople;
import io.cocareer.talent.competency.CompetencyService;
import io.cocareer.talent.CompetencyView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The talent module's bulk reads for matching say what the profile says, for the active pool only. */
@IntegrationTest
class MatchingReadIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TalentProfileService talents;

	@Autowired
	CompetencyService competencies;

	@Autowired
	PeopleService people;

	@Test
	void thePoolHoldsTarasLevelsInTheAskedCompetenciesAndHerAspirations() {
		UUID tara = TalentTestPeople.personOf(this.port, "talent");
		JsonNode profile = lead().get("/api/v1/talents/" + tara + "/profile").json();
		Map<UUID, Integer> levels = new HashMap<>();
		profile.path("competencies")
			.forEach((c) -> levels.put(UUID.fromString(c.path("competencyId").asString()), c.path("proficiency").asInt()));
		assertThat(levels).hasSizeGreaterThanOrEqualTo(2);
		UUID asked = levels.keySet().iterator().next();
		UUID notHers = this.competencies.competencies()
			.stream()
			.map(CompetencyView::id)
			.filter((id) -> !levels.containsKey(id))
			.findFirst()
			.orElseThrow();

		MatchingProfile found = inPool(this.talents.matchingPool(Set.of(asked, notHers)), tara);

		assertThat(found.levels()).containsExactlyEntriesOf(Map.of(asked, levels.get(asked)));
		assertThat(found.aspirations()).containsAll(expectedTexts(profile));
	}

	@Test
	void withoutCompetenciesThePoolHasTextsButNoLevels() {
		UUID tara = TalentTestPeople.personOf(this.port, "talent");

		MatchingProfile found = inPool(this.talents.matchingPool(List.of()), tara);

		assertThat(found.levels()).isEmpty();
		assertThat(found.aspirations()).isNotEmpty();
	}

	@Test
	void anEndedDesignationLeavesThePool() {
		UUID person = TalentTestPeople.newPerson(this.people, null);
		ApiClient.Response designated = lead().post("/api/v1/talents",
				"{\"personId\":\"%s\",\"reason\":\"IMMEDIATE_CONTRIBUTION\",\"evidence\":\"Ships\",\"reviewOn\":\"%s\",\"performance\":3,\"potential\":2}"
					.formatted(person, LocalDate.now().plusMonths(3)));
		assertThat(designated.status()).as(designated.body()).isEqualTo(201);
		assertThat(this.talents.matchingPool(List.of())).extracting(MatchingProfile::personId).contains(PersonId.of(person));

		assertThat(lead().delete("/api/v1/talents/" + person + "/designation?reason=Moved%20on").status())
			.isEqualTo(204);

		assertThat(this.talents.matchingPool(List.of())).extracting(MatchingProfile::personId).doesNotContain(PersonId.of(person));
	}

	@Test
	void oneProfileHasAllItsLevelsAndTexts() {
		UUID tara = TalentTestPeople.personOf(this.port, "talent");
		JsonNode profile = lead().get("/api/v1/talents/" + tara + "/profile").json();

		MatchingProfile found = this.talents.matchingProfile(PersonId.of(tara));

		assertThat(found.levels()).hasSize(profile.path("competencies").size());
		profile.path("competencies")
			.forEach((c) -> assertThat(found.levels()).containsEntry(UUID.fromString(c.path("competencyId").asString()),
					c.path("proficiency").asInt()));
		assertThat(found.aspirations()).containsExactlyInAnyOrderElementsOf(expectedTexts(profile));
	}

	private static List<String> expectedTexts(JsonNode profile) {
		List<String> texts = new ArrayList<>();
		texts.add(profile.path("shortTermAspiration").asString(null));
		texts.add(profile.path("longTermAspiration").asString(null));
		profile.path("desiredRoles").forEach((role) -> texts.add(role.asString()));
		return texts;
	}

	private static MatchingProfile inPool(List<MatchingProfile> pool, UUID personId) {
		return pool.stream().filter((p) -> p.personId().equals(PersonId.of(personId))).findFirst().orElseThrow();
	}

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

}
