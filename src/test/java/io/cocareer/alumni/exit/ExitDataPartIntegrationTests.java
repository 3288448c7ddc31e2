package io.cocareer.alumni.exit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.alumni.AlumniDownloads;
import io.cocareer.alumni.CollaborationKind;
import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit module's part of the alumnus' data download: their own protocol, whole, the words of
 * their anonymous interview too (anonymity hides them from the talent lead, not from them); and
 * nothing of anyone else: not another leaver's protocol, not the names of the owners.
 */
@IntegrationTest
class ExitDataPartIntegrationTests {

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
	ExitService exits;

	@Test
	void theDownloadHoldsTheirWholeProtocolAndNothingOfAnyoneElse() {
		AlumniDownloads world = new AlumniDownloads(this.port, this.people, this.accounts, this.events, this.transactions,
				this.clock);
		AlumniDownloads.Member owner = world.hire(Role.MANAGER);
		AlumniDownloads.Member me = world.hire(Role.TALENT);
		AlumniDownloads.Member other = world.hire(Role.TALENT);
		exit(world, me, "Mine", owner, InterviewAnonymity.ANONYMOUS);
		exit(world, other, "Otherleaver", owner, InterviewAnonymity.NAMED);

		AlumniDownloads.Download download = world.download(me);

		JsonNode exit = download.part("exit").path("protocols").get(0);
		assertThat(exit.path("state").asString()).isEqualTo("COMPLETED");
		assertThat(exit.path("reasonCode").asString()).isEqualTo("NEW_ROLE");
		assertThat(exit.path("reasonLabel").asString()).isNotBlank();
		assertThat(exit.path("eligibilityNote").asString()).isEqualTo("Mine: eligibility");
		assertThat(exit.path("connection").path("privateEmail").asString()).isEqualTo("home." + me.username() + "@example.org");
		assertThat(exit.path("connection").path("consentGivenAt").isMissingNode()).isFalse();
		assertThat(exit.path("collaborations").get(0).path("description").asString()).isEqualTo("Mine: a collaboration");
		assertThat(exit.path("reentry").path("conditions").asString()).isEqualTo("Mine: conditions");
		assertThat(exit.path("handover").get(0).path("item").asString()).isEqualTo("Mine: a handover");
		assertThat(exit.path("interview").path("anonymity").asString()).isEqualTo("ANONYMOUS");
		assertThat(exit.path("interview").path("comments").asString())
			.as("their anonymous interview is theirs to read").isEqualTo("Mine: comments");
		assertThat(exit.path("interview").path("wouldHaveKept").asString()).isEqualTo("Mine: would have kept");
		assertThat(download.body()).as("nothing of the other leaver, nor of the owners")
			.doesNotContain("Otherleaver", other.name(), other.employeeId(), other.username(), owner.name(), owner.employeeId(),
					owner.personId().toString());
	}

	private void exit(AlumniDownloads world, AlumniDownloads.Member leaver, String words, AlumniDownloads.Member owner,
			InterviewAnonymity anonymity) {
		Actor lead = world.lead();
		Actor self = leaver.as(Role.TALENT);
		LocalDate today = LocalDate.now(this.clock);
		UUID exit = this.exits.start(lead, new StartExit(leaver.personId(), today));
		this.exits.saveReason(lead, exit, new ReasonSection(today, "NEW_ROLE", null, words + ": eligibility"), null);
		this.exits.giveConsent(self, exit, new ConnectionSection("home." + leaver.username() + "@example.org",
				Set.of(ContactChannel.EMAIL), ContactCadence.YEARLY));
		this.exits.saveCollaborations(lead, exit, List.of(new Collaboration(CollaborationKind.CLIENT,
				words + ": a collaboration", owner.personId(), today.plusMonths(1))), null);
		this.exits.saveReentry(lead, exit, new ReentrySection(OpenToReturn.MAYBE, words + ": when", words + ": conditions"),
				null);
		this.exits.saveHandover(lead, exit,
				List.of(new HandoverItem(words + ": a handover", owner.personId(), today.plusDays(3), false)), null);
		this.exits.saveInterview(self, exit,
				new InterviewSection(anonymity, "NEW_ROLE", words + ": would have kept", words + ": comments"), null);
		this.exits.complete(lead, exit);
	}

}
