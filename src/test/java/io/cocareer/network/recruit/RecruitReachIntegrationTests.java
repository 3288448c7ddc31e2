package io.cocareer.network.recruit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.network.GroupSizeSettings;
import io.cocareer.network.map.NetworkReach;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The k rule of the reach a candidate adds: an organisation on k−1 talents' maps is "not reached
 * yet", shown with no number and no name, exactly as one nobody reaches; on k maps it is reached,
 * with the count. Neither the page nor the API nor {@link NetworkReach} says more.
 */
@IntegrationTest
class RecruitReachIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	NetworkReach reach;

	@Autowired
	GroupSizeSettings groups;

	@Test
	void anOrganisationReachedByFewerThanKTalentsIsNeverCountedOrShownAndByKItIs() {
		RecruitPeople staff = new RecruitPeople(this.port, this.people, this.accounts);
		int k = this.groups.minGroupSize();
		assertThat(k).isGreaterThanOrEqualTo(GroupSizeSettings.FLOOR);
		String organisation = "Reachco " + UUID.randomUUID().toString().substring(0, 8);
		List<RecruitPeople.Member> talents = new ArrayList<>();
		for (int i = 0; i < k - 1; i++) {
			RecruitPeople.Member talent = staff.hire(null, Role.TALENT);
			// the same organisation, written as people write it
			RecruitPeople.developerAt(talent.api(), "Contact " + i, (i % 2 == 0) ? organisation : " " + organisation.toUpperCase());
			talents.add(talent);
		}
		// one talent with two developers there still counts once
		RecruitPeople.developerAt(talents.get(0).api(), "Second contact", organisation);
		RecruitPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		String id = RecruitPeople.createCandidate(lead.api(), RecruitPeople.candidate("Ana Lopez", "APPLIED", null));
		RecruitPeople.addAsset(lead.api(), id, "ORGANISATION", organisation.toLowerCase());
		RecruitPeople.addAsset(lead.api(), id, "DOMAIN", "Payments");

		assertThat(this.reach.organisations()).doesNotContainKey(NetworkReach.normalise(organisation));
		ApiClient.Response fewer = lead.api().get("/api/v1/network/candidates/" + id + "/evaluation");
		JsonNode asset = fewer.json().path("assets").get(0);
		assertThat(asset.path("reach").asString()).isEqualTo("NOT_YET_REACHED");
		assertThat(asset.path("talents").isNull()).isTrue();
		assertThat(fewer.json().path("minGroupSize").asInt()).isEqualTo(k);
		assertThat(fewer.json().path("assets").get(1).path("reach").asString()).isEqualTo("NOT_MEASURED");
		assertThat(fewer.json().path("summary").asString())
			.isEqualTo("Adds 1 organisation the organisation does not reach yet.");
		assertThat(fewer.body()).doesNotContain("\"talents\":" + (k - 1), "Contact 0");
		String page = lead.session().get("/network/candidates/" + id).body();
		assertThat(page).contains("Not reached yet: the candidate adds it")
			.doesNotContain("reached by " + (k - 1), "Contact 0", talents.get(0).name());

		RecruitPeople.developerAt(staff.hire(null, Role.TALENT).api(), "Contact k", organisation);

		assertThat(this.reach.organisations()).containsEntry(NetworkReach.normalise(organisation), (long) k);
		JsonNode reached = lead.api().get("/api/v1/network/candidates/" + id + "/evaluation").json();
		assertThat(reached.path("assets").get(0).path("reach").asString()).isEqualTo("REACHED");
		assertThat(reached.path("assets").get(0).path("talents").asLong()).isEqualTo(k);
		assertThat(reached.path("summary").asString()).as("a domain is not measured, so not claimed").isEqualTo("Adds nothing the organisation does not reach yet.");
		assertThat(lead.session().get("/network/candidates/" + id).body()).contains("Already reached by " + k + " talents")
			.doesNotContain("Contact k");
		assertThat(this.reach.organisations().values()).allMatch((talentCount) -> talentCount >= k);
		assertThat(this.reach.arenas().values()).allMatch((talentCount) -> talentCount >= k);
	}

}
