package io.cocareer.toolbox.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.pool.TalentPoolService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.toolbox.assessment.AssessmentPeople.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every assessment page, as the talent lead, an assessor (a manager) and a participant (a talent):
 * the list and setting a centre up, the set-up page, the rating sheet, the wash-up and the report;
 * forms with errors show every one of them next to its field; whoever has no part finds nothing
 * (404). The demo users each see their part of the demo.
 */
@IntegrationTest
class AssessmentPagesIntegrationTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	TalentPoolService pool;

	@Autowired
	CompetencyCatalogue catalogue;

	@Test
	void theLeadSetsUpACentreThroughThePagesWithEveryErrorAtOnce() {
		AssessmentPeople staff = new AssessmentPeople(this.port, this.people, this.accounts, this.pool, this.catalogue);
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member talent = staff.talent(lead, null);
		WebSession session = lead.session();

		WebSession.Page list = session.get("/toolbox/assessment");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Assessment centres", "id=\"centre-form\"", "name=\"title\"");
		WebSession.Page refused = session.post("/toolbox/assessment/centres", list, Map.of("title", " ", "heldOn", ""));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Give the centre a title.", "Choose the day of the centre.");

		WebSession.Page created = session.post("/toolbox/assessment/centres", list, Map.of("title", "Pages centre",
				"heldOn", LocalDate.now().plusDays(10).toString(), "purpose", "A first look"));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String path = created.location().replaceFirst("^https?://[^/]+", "");
		WebSession.Page centre = session.get(path);
		assertThat(centre.status()).isEqualTo(200);
		assertThat(centre.body()).contains("Pages centre", "Being set up", "id=\"exercise-form\"", "id=\"competency-form\"",
				"id=\"participant-form\"", "id=\"assessor-form\"", "Add at least one exercise.", talent.name());

		WebSession.Page badExercise = session.post(path + "/exercises", centre, Map.of("name", "", "kind", ""));
		assertThat(badExercise.status()).isEqualTo(200);
		assertThat(badExercise.body()).contains("Name the exercise.", "Choose the kind of exercise.");
		WebSession.Page exercise = session.post(path + "/exercises", centre,
				Map.of("name", "In-tray", "kind", "IN_TRAY", "description", "Ninety minutes"));
		assertThat(exercise.status()).isEqualTo(302);
		WebSession.Page noAssessor = session.post(path + "/assessors", centre, Map.of("assessor", "NOBODY-42"));
		assertThat(noAssessor.status()).isEqualTo(200);
		assertThat(noAssessor.body()).contains("NOBODY-42");
		WebSession.Page noCompetency = session.post(path + "/competencies", centre, Map.of("competencyId", ""));
		assertThat(noCompetency.body()).contains("Choose a competency.");
		assertThat(session.post(path + "/participants", centre, Map.of("personId", talent.personId().toString()))
			.status()).isEqualTo(302);
		WebSession.Page again = session.get(path);
		assertThat(again.body()).contains("In-tray", "Ninety minutes", talent.name());
		Matcher version = VERSION.matcher(again.body());
		assertThat(version.find()).isTrue();
		WebSession.Page described = session.post(path, again,
				Map.of("title", "Pages centre, renamed", "heldOn", LocalDate.now().plusDays(11).toString(), "version",
						version.group(1)));
		assertThat(described.status()).isEqualTo(302);
		WebSession.Page stale = session.post(path, again,
				Map.of("title", "Lost", "heldOn", LocalDate.now().plusDays(11).toString(), "version", version.group(1)));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone else changed this in the meantime");
	}

	@Test
	void everyPageAsTheLeadAnAssessorAndAParticipant() {
		AssessmentPeople staff = new AssessmentPeople(this.port, this.people, this.accounts, this.pool, this.catalogue);
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member manager = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member colleague = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member talent = staff.talent(lead, manager.personId());
		AssessmentPeople.Member other = staff.talent(lead, null);
		AssessmentPeople.Member outsider = staff.hire(null, Role.TALENT);
		AssessmentPeople.Centre centre = staff.setUp(lead.api(), List.of(talent, other), List.of(manager, colleague));
		String path = "/toolbox/assessment/centres/" + centre.id();
		lead.api().post(API + "/centres/" + centre.id() + "/open-ratings", "{}");

		WebSession assessor = colleague.session();
		WebSession.Page list = assessor.get("/toolbox/assessment");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Leadership centre", "You assess").doesNotContain("id=\"centre-form\"");
		WebSession.Page setUp = assessor.get(path);
		assertThat(setUp.status()).isEqualTo(200);
		assertThat(setUp.body()).contains("The participants you rate", "Rate " + talent.name(), "In-tray")
			.doesNotContain("id=\"exercise-form\"");
		WebSession.Page sheet = assessor.get(path + "/ratings/" + talent.personId());
		assertThat(sheet.status()).isEqualTo(200);
		assertThat(sheet.body()).contains("Rating sheet: " + talent.name(), "id=\"sheet-form\"", "Role play");
		Map<String, String> bad = new LinkedHashMap<>();
		row(bad, 0, centre.inTray(), centre.first().toString(), "7", "Great");
		row(bad, 1, centre.inTray(), centre.second().toString(), "4", "");
		row(bad, 2, centre.rolePlay(), centre.second().toString(), "", "Evidence alone");
		WebSession.Page refused = assessor.post(path + "/ratings/" + talent.personId(), sheet, bad);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).as("every error at once, next to its field").contains("A rating goes from 1 to 5.",
				"Write down the evidence you observed for this rating.", "Give a rating from 1 to 5 for this evidence.",
				"rating-0-errors", "evidence-1-errors", "rating-2-errors");
		Map<String, String> good = new LinkedHashMap<>();
		row(good, 0, centre.inTray(), centre.first().toString(), "4", "Prioritised well");
		row(good, 1, centre.inTray(), centre.second().toString(), "3", "Clear replies");
		row(good, 2, centre.rolePlay(), centre.second().toString(), "5", "Calmed the client");
		assertThat(assessor.post(path + "/ratings/" + talent.personId(), sheet, good).status()).isEqualTo(302);
		assertThat(assessor.get(path + "/ratings/" + talent.personId()).body()).contains("Calmed the client");

		WebSession managerSession = manager.session();
		assertThat(managerSession.get(path).body()).contains("Rate " + other.name())
			.doesNotContain("Rate " + talent.name());
		assertThat(managerSession.get(path + "/ratings/" + talent.personId()).status())
			.as("never their own report").isEqualTo(404);
		assertThat(managerSession.get("/toolbox").body()).contains("assessment-card");

		WebSession leadSession = lead.session();
		WebSession.Page running = leadSession.get(path);
		assertThat(running.body()).contains("Open for ratings", "Start the wash-up", "3 of 3");
		assertThat(leadSession.post(path + "/start-wash-up", running, Map.of()).status()).isEqualTo(302);
		WebSession.Page washUp = leadSession.get(path + "/wash-up/" + talent.personId());
		assertThat(washUp.status()).isEqualTo(200);
		assertThat(washUp.body()).contains("Wash-up: " + talent.name(), "washup-table", colleague.name() + ": 4",
				"Prioritised well", "id=\"washup-form\"", other.name());
		assertThat(leadSession.get(path + "/wash-up").location()).contains("/wash-up/");
		Matcher version = VERSION.matcher(washUp.body());
		assertThat(version.find()).isTrue();
		Map<String, String> incomplete = new LinkedHashMap<>();
		incomplete.put("consensus[0].competencyId", centre.first().toString());
		incomplete.put("consensus[0].rating", "4");
		incomplete.put("consensus[1].competencyId", centre.second().toString());
		incomplete.put("consensus[1].rating", "");
		incomplete.put("consensus[1].rationale", "Why");
		incomplete.put("version", version.group(1));
		incomplete.put("finalise", "true");
		WebSession.Page notFinal = leadSession.post(path + "/wash-up/" + talent.personId(), washUp, incomplete);
		assertThat(notFinal.status()).isEqualTo(200);
		assertThat(notFinal.body()).contains("Give the consensus rating from 1 to 5 for this rationale.",
				"consensus-1-errors");
		Map<String, String> complete = new LinkedHashMap<>(incomplete);
		complete.put("consensus[1].rating", "5");
		complete.put("consensus[0].rationale", "Agreed on the in-tray");
		complete.put("developmentSuggestions", "Lead a cross-team project");
		WebSession.Page finalised = leadSession.post(path + "/wash-up/" + talent.personId(), washUp, complete);
		assertThat(finalised.status()).as(finalised.body()).isEqualTo(302);
		WebSession.Page frozen = leadSession.get(path + "/wash-up/" + talent.personId());
		assertThat(frozen.body()).contains("Finalised", "id=\"release-form\"").doesNotContain("id=\"washup-form\"");
		assertThat(leadSession.post(path + "/wash-up/" + talent.personId() + "/release", frozen, Map.of()).status())
			.isEqualTo(302);
		assertThat(leadSession.get(path + "/reports/" + talent.personId()).body()).contains("Agreed on the in-tray");

		WebSession.Page colleagueWashUp = assessor.get(path + "/wash-up/" + other.personId());
		assertThat(colleagueWashUp.status()).isEqualTo(200);
		assertThat(colleagueWashUp.body()).doesNotContain("id=\"washup-form\"");

		WebSession participant = talent.session();
		WebSession.Page mine = participant.get("/toolbox/assessment");
		assertThat(mine.body()).contains("Your reports", "Leadership centre");
		WebSession.Page report = participant.get(path + "/reports/" + talent.personId());
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.body()).contains("Report: Leadership centre", "Agreed on the in-tray", "5 of 5",
				"Lead a cross-team project").doesNotContain("Prioritised well", colleague.name());
		WebSession.Page pdf = participant.get(path + "/reports/" + talent.personId() + "/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF");
		assertThat(nobodyGets(outsider, path + "/reports/" + talent.personId() + "/pdf")).isEqualTo(404);
		assertThat(participant.get("/toolbox").body()).contains("assessment-card");
		assertThat(participant.get(path).status()).isEqualTo(404);
		assertThat(participant.get(path + "/wash-up/" + talent.personId()).status()).isEqualTo(404);

		WebSession nobody = outsider.session();
		assertThat(nobody.get("/toolbox/assessment").body()).contains("No assessment centre concerns you");
		assertThat(nobody.get(path).status()).isEqualTo(404);
		assertThat(nobody.get(path + "/reports/" + talent.personId()).status()).isEqualTo(404);
		assertThat(nobody.get("/toolbox").body()).doesNotContain("assessment-card");
	}

	@Test
	void theDemoUsersEachSeeTheirPart() {
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page list = lead.get("/toolbox/assessment");
		assertThat(list.body()).contains("Leadership assessment centre", "Expert track assessment centre",
				"Graduate assessment centre");
		assertThat(lead.get("/toolbox").body()).contains("assessment-card", "Set up a centre");

		WebSession manager = WebSession.signIn(this.port, "manager");
		assertThat(manager.get("/toolbox/assessment").body()).contains("Leadership assessment centre",
				"Expert track assessment centre", "You assess").doesNotContain("Graduate assessment centre");

		WebSession talent = WebSession.signIn(this.port, "talent");
		WebSession.Page reports = talent.get("/toolbox/assessment");
		assertThat(reports.body()).contains("Your reports", "Leadership assessment centre")
			.doesNotContain("Expert track assessment centre");
		Matcher link = Pattern.compile("href=\"(/toolbox/assessment/centres/[^\"]+/reports/[^\"]+)\"").matcher(reports.body());
		assertThat(link.find()).isTrue();
		WebSession.Page report = talent.get(link.group(1));
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.body()).contains("Strategic thinking", "Development suggestions");
		String profile = talent.get("/talents/me").location().replaceFirst("^https?://[^/]+", "");
		assertThat(talent.get(profile).body()).as("the profile shows the evidence").contains("Assessment centre");
	}

	private static int nobodyGets(AssessmentPeople.Member member, String path) {
		return member.session().get(path).status();
	}

	private static void row(Map<String, String> fields, int i, String exercise, String competency, String rating,
			String evidence) {
		fields.put("ratings[" + i + "].exerciseId", exercise);
		fields.put("ratings[" + i + "].competencyId", competency);
		fields.put("ratings[" + i + "].rating", rating);
		fields.put("ratings[" + i + "].evidence", evidence);
	}

}
