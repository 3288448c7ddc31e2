package io.cocareer.alumni.directory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.alumni.AlumniDownloads;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory's part of the alumnus' data download: their profile, and nobody else's. */
@IntegrationTest
class DirectoryDataPartIntegrationTests {

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
	AlumniDirectory directory;

	@Test
	void theDownloadHoldsTheirProfileAndNobodyElses() {
		AlumniDownloads world = new AlumniDownloads(this.port, this.people, this.accounts, this.events, this.transactions,
				this.clock);
		AlumniDownloads.Member me = world.hire(Role.TALENT);
		AlumniDownloads.Member other = world.hire(Role.TALENT);
		world.leave(me);
		world.leave(other);
		profile(world, me, "Mineworks", true);
		profile(world, other, "Otherworks", true);

		AlumniDownloads.Download download = world.download(me);

		JsonNode profile = download.part("directory");
		assertThat(profile.path("employer").asString()).isEqualTo("Mineworks Ltd");
		assertThat(profile.path("role").asString()).isEqualTo("Mineworks architect");
		assertThat(profile.path("skills").get(0).asString()).isEqualTo("Mineworks modelling");
		assertThat(profile.path("headline").asString()).isEqualTo("Mineworks headline");
		assertThat(profile.path("location").asString()).isEqualTo("Porto");
		assertThat(profile.path("listed").asBoolean()).isTrue();
		assertThat(download.body()).as("nothing of the other alumnus, listed as they are")
			.doesNotContain("Otherworks", other.name(), other.employeeId(), other.username());
	}

	private void profile(AlumniDownloads world, AlumniDownloads.Member member, String words, boolean listed) {
		var self = member.as(Role.ALUMNUS);
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
			.until(() -> this.directory.profileIfAny(world.lead(), member.id()).isPresent());
		this.directory.saveMyProfile(self, new SaveProfile(words + " Ltd", words + " architect",
				List.of(words + " modelling"), words + " headline", "Porto", null, listed),
				this.directory.myProfile(self).version());
	}

}
