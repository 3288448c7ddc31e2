package io.cocareer.alumni.conversation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.alumni.conversation.ConversationPeople.schedule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation pages: the lead schedules one through the form (every error at once, next to
 * its field), the holder records it and adds a follow-up, the worklist shows it; the talent reads
 * it; the manager who does not hold it, another talent and an alumnus find nothing.
 */
@IntegrationTest
class ConversationPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void theLeadSchedulesRecordsAndFollowsUpAConversationThroughThePages() {
		ConversationPeople staff = new ConversationPeople(this.port, this.people, this.accounts);
		ConversationPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ConversationPeople.Member manager = staff.hire(null, Role.MANAGER);
		ConversationPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		WebSession leadSession = lead.session();

		WebSession.Page form = leadSession.get("/alumni/conversations/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"talent\"", "name=\"holder\"", "name=\"scheduledOn\"");
		WebSession.Page refused = leadSession.post("/alumni/conversations", form,
				Map.of("talent", "", "holder", "TALENT_LEAD", "scheduledOn", LocalDate.now().minusDays(2).toString()));
		assertThat(refused.status()).as("the form comes back with every error").isEqualTo(200);
		assertThat(refused.body()).contains("Choose a person", "The day cannot be in the past.");

		WebSession.Page scheduled = leadSession.post("/alumni/conversations", form, Map.of("talent", talent.employeeId(),
				"holder", "TALENT_LEAD", "scheduledOn", LocalDate.now().plusDays(2).toString()));
		assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(302);
		String path = scheduled.location().replaceFirst("^https?://[^/]+", "");
		assertThat(path).startsWith("/alumni/conversations/");

		WebSession.Page page = leadSession.get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(talent.name(), "record-form", "Scheduled");
		Map<String, String> incomplete = new LinkedHashMap<>();
		incomplete.put("scheduledOn", LocalDate.now().plusDays(2).toString());
		incomplete.put("heldOn", LocalDate.now().plusDays(1).toString());
		incomplete.put("horizonMonths", "500");
		incomplete.put("version", version(page.body()));
		WebSession.Page badRecord = leadSession.post(path, page, incomplete);
		assertThat(badRecord.status()).isEqualTo(200);
		assertThat(badRecord.body()).as("all errors at once").contains("the day cannot be in the future",
				"Choose what the talent intends.", "The horizon is between 0 and 120 months.");

		Map<String, String> record = new LinkedHashMap<>();
		record.put("heldOn", LocalDate.now().toString());
		record.put("intention", "OPEN_INSIDE");
		record.put("horizonMonths", "18");
		record.put("collaborations", "Would co-lead the data guild");
		record.put("knowledgeTransfer", "Pair on the forecast");
		record.put("holder", "TALENT_LEAD");
		record.put("version", version(page.body()));
		WebSession.Page saved = leadSession.post(path, page, record);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		WebSession.Page held = leadSession.get(path);
		assertThat(held.body()).contains("Held", "Would co-lead the data guild", "follow-up-form");

		WebSession.Page noFollowUp = leadSession.post(path + "/follow-ups", held, Map.of("what", "", "owner", "", "dueOn", ""));
		assertThat(noFollowUp.status()).isEqualTo(200);
		assertThat(noFollowUp.body()).contains("Say what is to be done.", "Choose by when it is to be done.");
		WebSession.Page added = leadSession.post(path + "/follow-ups", held,
				Map.of("what", "Write down the pricing model", "owner", talent.employeeId(), "dueOn",
						LocalDate.now().plusDays(10).toString()));
		assertThat(added.status()).as(added.body()).isEqualTo(302);

		assertThat(leadSession.get("/alumni/conversations").body()).contains(talent.name(), "To hold and to follow up");
		WebSession.Page asTalent = talent.session().get(path);
		assertThat(asTalent.status()).isEqualTo(200);
		assertThat(asTalent.body()).contains("Would co-lead the data guild", "Write down the pricing model", "Mark done")
			.doesNotContain("record-form");

		ConversationPeople.Member otherTalent = staff.hire(manager.personId(), Role.TALENT);
		ConversationPeople.Member alumnus = staff.hire(null, Role.ALUMNUS);
		for (ConversationPeople.Member outsider : List.of(manager, otherTalent, alumnus)) {
			WebSession session = outsider.session();
			assertThat(session.get(path).status()).as(outsider.username()).isEqualTo(404);
			assertThat(session.get(path).body()).doesNotContain("Would co-lead");
		}
		assertThat(manager.session().get("/alumni/conversations").body()).doesNotContain(talent.name());
		assertThat(otherTalent.session().get("/alumni/conversations/new").status()).as("a talent schedules none")
			.isEqualTo(403);
	}

	@Test
	void aManagerSchedulesForTheirReportAndHoldsIt() {
		ConversationPeople staff = new ConversationPeople(this.port, this.people, this.accounts);
		ConversationPeople.Member manager = staff.hire(null, Role.MANAGER);
		ConversationPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		ConversationPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		String id = schedule(lead.api(), talent.personId(), "MANAGER", LocalDate.now().plusDays(4).toString());
		WebSession session = manager.session();
		WebSession.Page list = session.get("/alumni/conversations");
		assertThat(list.body()).contains(id, talent.name());
		WebSession.Page form = session.get("/alumni/conversations/new");
		assertThat(form.body()).doesNotContain("name=\"holder\"").contains("You hold it");
	}

	private static String version(String body) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"").matcher(body);
		if (m.find()) {
			return m.group(1);
		}
		m = java.util.regex.Pattern.compile("value=\"(\\d+)\"[^>]*name=\"version\"").matcher(body);
		return m.find() ? m.group(1) : "0";
	}

}
