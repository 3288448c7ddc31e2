package io.cocareer.alumni.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.alumni.AlumniDownloads;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation module's part of the alumnus' data download: the conversations held with them
 * as they read them as a talent, with which follow-ups were theirs; not who held them by name,
 * not other talents' conversations.
 */
@IntegrationTest
class ConversationDataPartIntegrationTests {

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
	ExitConversationService conversations;

	@Test
	void theDownloadHoldsTheConversationsHeldWithThemAndNobodyElses() {
		AlumniDownloads world = new AlumniDownloads(this.port, this.people, this.accounts, this.events, this.transactions,
				this.clock);
		AlumniDownloads.Member me = world.hire(Role.TALENT);
		AlumniDownloads.Member other = world.hire(Role.TALENT);
		Actor lead = world.lead();
		held(lead, me, "Minetalk");
		held(lead, other, "Othertalk");
		world.leave(me);

		AlumniDownloads.Download download = world.download(me);

		JsonNode conversation = download.part("conversation").path("conversations").get(0);
		assertThat(download.part("conversation").path("conversations")).hasSize(1);
		assertThat(conversation.path("status").asString()).isEqualTo("HELD");
		assertThat(conversation.path("heldBy").asString()).isEqualTo("TALENT_LEAD");
		assertThat(conversation.path("intention").asString()).isEqualTo("OPEN_INSIDE");
		assertThat(conversation.path("collaborations").asString()).isEqualTo("Minetalk collaborations");
		assertThat(conversation.path("knowledgeTransfer").asString()).isEqualTo("Minetalk transfer");
		assertThat(conversation.path("followUps")).hasSize(2);
		assertThat(conversation.path("followUps").findValuesAsString("what"))
			.containsExactlyInAnyOrder("Minetalk: theirs", "Minetalk: the lead's");
		assertThat(conversation.path("followUps").findValues("yours").stream().map(JsonNode::asBoolean))
			.containsExactlyInAnyOrder(true, false);
		assertThat(download.part("conversation").path("conversations").toString()).as("not who held it, by name or id")
			.doesNotContain(lead.displayName(), lead.personId().value().toString());
		assertThat(download.body()).as("nobody else's conversation").doesNotContain("Othertalk", other.name());
	}

	private void held(Actor lead, AlumniDownloads.Member talent, String words) {
		LocalDate today = LocalDate.now(this.clock);
		UUID id = this.conversations.schedule(lead,
				new ScheduleConversation(talent.id(), HolderKind.TALENT_LEAD, today));
		this.conversations.update(lead, id, new UpdateConversation(today, null, today, Intention.OPEN_INSIDE, 12,
				words + " collaborations", words + " referrals", words + " clients", words + " transfer"),
				this.conversations.get(lead, id).version());
		this.conversations.addFollowUp(lead, id, new AddFollowUp(words + ": theirs", talent.id(), today.plusDays(10)));
		this.conversations.addFollowUp(lead, id,
				new AddFollowUp(words + ": the lead's", PersonId.of(lead.personId().value()), today.plusDays(20)));
	}

}
