package io.cocareer.alumni.mobility;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cocareer.alumni.AlumniDownloads;
import io.cocareer.alumni.portal.AlumniPortalService;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mobility module's part of the alumnus' data download: their career horizon while they have
 * one, and nobody else's. A horizon is deleted when its talent leaves, so only someone whose
 * account is the alumni portal's while they still hold one has it in the download: the portal's
 * service is asked directly, for a person still employed (whose open employment period the API's
 * document does not describe).
 */
@IntegrationTest
class MobilityDataPartIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	CareerHorizonService horizons;

	@Autowired
	AlumniPortalService portal;

	@Autowired
	JsonMapper json;

	@Test
	void theDownloadHoldsTheirHorizonAndNobodyElses() {
		AlumniDownloads world = new AlumniDownloads(this.port, this.people, this.accounts, this.events, this.transactions,
				this.clock);
		// their account is the alumni portal's already (their staff roles came off), their horizon not yet gone
		AlumniDownloads.Member me = world.hire(Role.ALUMNUS);
		AlumniDownloads.Member other = world.hire(Role.TALENT);
		this.horizons.set(me.as(Role.TALENT), new SetHorizon(HorizonKind.EXPLORING_OUTSIDE, 6, "Minehorizon: a startup",
				true), null);
		this.horizons.set(other.as(Role.TALENT), new SetHorizon(HorizonKind.EXPLORING_INSIDE, null, "Otherhorizon: a move",
				false), null);

		AlumniDownloads.Download download = download(me);

		JsonNode horizon = download.part("mobility");
		assertThat(horizon.path("kind").asString()).isEqualTo("EXPLORING_OUTSIDE");
		assertThat(horizon.path("withinMonths").asInt()).isEqualTo(6);
		assertThat(horizon.path("note").asString()).isEqualTo("Minehorizon: a startup");
		assertThat(horizon.path("sharedWithManager").asBoolean()).isTrue();
		assertThat(download.body()).as("nobody else's horizon").doesNotContain("Otherhorizon", other.name());

		AlumniDownloads.Member without = world.hire(Role.ALUMNUS);
		assertThat(download(without).part("mobility").isMissingNode()).as("no horizon, no part").isTrue();
	}

	private AlumniDownloads.Download download(AlumniDownloads.Member member) {
		String body = this.json.writeValueAsString(this.portal.myData(member.as(Role.ALUMNUS)));
		return new AlumniDownloads.Download(body, this.json.readTree(body));
	}

}
