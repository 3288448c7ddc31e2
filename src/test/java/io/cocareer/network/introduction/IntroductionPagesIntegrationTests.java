package io.cocareer.network.introduction;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Introductions through the pages: the talent asks (every mistake shown at once next to its
 * field), the manager accepts and records the introduction, the talent records the outcome and
 * puts the person on their map in the same step.
 */
@IntegrationTest
class IntroductionPagesIntegrationTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void aTalentAsksTheirManagerWhoMakesItAndTheTalentPutsThePersonOnTheirMap() {
		IntroductionPeople staff = new IntroductionPeople(this.port, this.people, this.accounts);
		IntroductionPeople.Team team = staff.team();
		IntroductionPeople.Member target = staff.hire(null, Role.TALENT);
		WebSession talent = team.talent().session();
		WebSession manager = team.manager().session();

		WebSession.Page form = talent.get("/network/introductions/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("Ask for an introduction", "Your manager, " + team.manager().name(),
				"The talent leads (any of them)").doesNotContain("??");

		Map<String, String> empty = ask("", "", "");
		WebSession.Page refused = talent.post("/network/introductions/new", form, empty);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Say what you hope the introduction leads to",
				"Choose whom you ask to introduce you", "is-invalid");
		WebSession.Page notAColleague = talent.post("/network/introductions/new", form,
				ask(target.employeeId(), "COLLEAGUE", "Learn how the product team plans"));
		assertThat(notAColleague.body()).contains("Choose a person");

		WebSession.Page asked = talent.post("/network/introductions/new", form,
				ask(target.employeeId(), "MANAGER", "Learn how the product team plans"));
		assertThat(asked.status()).isEqualTo(302);
		String link = asked.location().replaceFirst("^https?://[^/]+", "");
		assertThat(link).startsWith("/network/introductions/");
		assertThat(talent.get(link).body()).contains(target.name(), "Requested", "Withdraw my request");

		assertThat(manager.get("/").body()).contains("Introductions asked of you", team.talent().name());
		assertThat(manager.get("/network/introductions").body()).contains(target.name(), team.talent().name());
		WebSession.Page toAnswer = manager.get(link);
		assertThat(toAnswer.body()).contains("Will you make this introduction?", "Learn how the product team plans");
		assertThat(manager.post(link + "/accept", toAnswer, Map.of("note", "Gladly", "version", version(toAnswer)))
			.status()).isEqualTo(302);

		WebSession.Page toRecord = manager.get(link);
		assertThat(toRecord.body()).contains("The introduction is made");
		WebSession.Page noChannel = manager.post(link + "/introduced", toRecord,
				Map.of("channel", "", "introducedOn", LocalDate.now().plusDays(2).toString(), "note", "",
						"version", version(toRecord)));
		assertThat(noChannel.status()).isEqualTo(200);
		assertThat(noChannel.body()).contains("Say how you made the introduction",
				"An introduction made cannot be in the future");
		assertThat(manager.post(link + "/introduced", toRecord, Map.of("channel", "MEETING",
				"introducedOn", LocalDate.now().toString(), "note", "Coffee on Tuesday", "version", version(toRecord)))
			.status()).isEqualTo(302);

		WebSession.Page toClose = talent.get(link);
		assertThat(toClose.body()).contains("What came of it?", "Coffee on Tuesday", "In a meeting");
		Map<String, String> outcome = new LinkedHashMap<>();
		outcome.put("outcome", "CONNECTED");
		outcome.put("addToMap", "true");
		outcome.put("arena", "");
		outcome.put("role", "");
		outcome.put("closeness", "4");
		outcome.put("version", version(toClose));
		WebSession.Page noArena = talent.post(link + "/outcome", toClose, outcome);
		assertThat(noArena.status()).isEqualTo(200);
		assertThat(noArena.body()).contains("outcome-arena-errors", "outcome-role-errors");
		outcome.put("arena", "CURRENT_EMPLOYER");
		outcome.put("role", "SPONSOR");
		assertThat(talent.post(link + "/outcome", toClose, outcome).status()).isEqualTo(302);

		assertThat(talent.get(link).body()).contains("Connected", "On your map");
		WebSession.Page network = talent.get("/network");
		assertThat(network.body()).contains(target.name(), "Sponsor");
		assertThat(manager.get(link).body()).doesNotContain("On your map", "What came of it?");
	}

	private static Map<String, String> ask(String employeeId, String broker, String purpose) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("targetKind", "PERSON");
		fields.put("targetEmployeeId", employeeId);
		fields.put("targetName", "");
		fields.put("targetOrganisation", "");
		fields.put("purpose", purpose);
		fields.put("broker", broker);
		fields.put("brokerEmployeeId", "");
		return fields;
	}

	private static String version(WebSession.Page page) {
		Matcher matcher = VERSION.matcher(page.body());
		assertThat(matcher.find()).as("a form with the version read").isTrue();
		return matcher.group(1);
	}

}
