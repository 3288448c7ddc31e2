package io.cocareer.toolbox.workshop;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.toolbox.workshop.WorkshopPeople.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workshop page as the demo's talent lead, manager and talent: the toolbox card, the list,
 * a workshop in each state, the management page, the forms with every error at once next to its
 * field, enrolment and the waiting list through the buttons, the invite; and what each may not
 * open.
 */
@IntegrationTest
class WorkshopPagesIntegrationTests {

	private static final String PAGES = "/toolbox/workshops";

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	/** The demo's workshop ids by title, as the lead reads them. */
	private Map<String, String> demo() {
		Map<String, String> ids = new LinkedHashMap<>();
		ApiClient.as(this.port, "lead", "demo").get(API).json().forEach((JsonNode w) -> ids.put(w.path("title").asString(),
				w.path("id").asString()));
		return ids;
	}

	@Test
	void theTalentLeadSeesAndManagesEveryWorkshop() {
		Map<String, String> demo = demo();
		WebSession lead = WebSession.signIn(this.port, "lead");
		assertThat(lead.get("/toolbox").body()).contains("workshops-card", "Career planning workshops", "Plan a workshop");
		WebSession.Page list = lead.get(PAGES);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Upcoming", "Past", "Cancelled", "Networking for your next role",
				"Plan your next two years", "Personal branding for experts", "Full", "create-link");

		String held = demo.get("Plan your next two years");
		WebSession.Page heldPage = lead.get(PAGES + "/" + held);
		assertThat(heldPage.status()).isEqualTo(200);
		assertThat(heldPage.body()).contains("Held", "manage-link", "Slides: the two-year career map")
			.doesNotContain("edit-link", "enrol-form");
		WebSession.Page heldManaged = lead.get(PAGES + "/" + held + "/manage");
		assertThat(heldManaged.status()).isEqualTo(200);
		assertThat(heldManaged.body()).contains("Attended", "No-show", "4.0 of 5 on average, from 4 attendees",
				"The peer conversations were the best part.", "material-form")
			.doesNotContain("cancel-form");

		String full = demo.get("Networking for your next role");
		WebSession.Page fullManaged = lead.get(PAGES + "/" + full + "/manage");
		assertThat(fullManaged.status()).isEqualTo(200);
		assertThat(fullManaged.body()).contains("waiting-list", "Tara", "enrol-someone-form", "cancel-form",
				"Nobody has answered yet");
		WebSession.Page noOne = lead.post(PAGES + "/" + full + "/manage/enrol", fullManaged, Map.of("person", ""));
		assertThat(noOne.status()).isEqualTo(200);
		assertThat(noOne.body()).contains("Choose a person");
		WebSession.Page noMaterial = lead.post(PAGES + "/" + full + "/materials", fullManaged,
				Map.of("title", "", "link", "ftp:/x", "body", ""));
		assertThat(noMaterial.status()).isEqualTo(200);
		assertThat(noMaterial.body()).contains("Give the material a title.", "Give a web address starting with https://.");

		WebSession.Page edit = lead.get(PAGES + "/" + full + "/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.body()).contains("name=\"title\"", "name=\"capacity\"", "Networking for your next role");
		Map<String, String> lower = new LinkedHashMap<>();
		lower.put("title", "Networking for your next role");
		lower.put("facilitator", "");
		lower.put("startsOn", LocalDate.now().plusDays(9).toString());
		lower.put("startsAtTime", "14:00");
		lower.put("durationMinutes", "120");
		lower.put("videoLink", "https://meet.example.com/networking-next-role");
		lower.put("capacity", "2");
		lower.put("audience", "EVERYONE");
		lower.put("version", version(edit.body()));
		WebSession.Page refused = lead.post(PAGES + "/" + full, edit, lower);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Choose a person");
		java.util.regex.Matcher facilitator = java.util.regex.Pattern.compile("name=\"facilitator\" value=\"([^\"]+)\"")
			.matcher(edit.body());
		assertThat(facilitator.find()).isTrue();
		lower.put("facilitator", facilitator.group(1));
		WebSession.Page belowEnrolled = lead.post(PAGES + "/" + full, edit, lower);
		assertThat(belowEnrolled.status()).isEqualTo(200);
		assertThat(belowEnrolled.body()).contains("4 people are enrolled: the number of seats cannot be lower than that.");
		assertThat(lead.get(PAGES + "/" + held + "/edit").status()).as("a held workshop no longer changes").isEqualTo(409);

		assertThat(lead.get(PAGES + "/" + demo.get("Personal branding for experts")).body()).contains("Cancelled");
		assertThat(lead.get(PAGES + "/" + demo.get("Tours of duty: choosing your next mission")).body())
			.contains("Talents only", "3 of 12 taken, 9 free");
	}

	@Test
	void theLeadPlansAWorkshopThroughTheFormWithEveryErrorAtOnce() {
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page form = lead.get(PAGES + "/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"title\"", "name=\"facilitator\"", "name=\"startsOn\"",
				"name=\"startsAtTime\"", "name=\"capacity\"", "name=\"audience\"");
		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("title", "");
		bad.put("facilitator", "");
		bad.put("startsOn", LocalDate.now().minusDays(2).toString());
		bad.put("startsAtTime", "10:00");
		bad.put("durationMinutes", "120");
		bad.put("place", "");
		bad.put("videoLink", "");
		bad.put("capacity", "0");
		bad.put("audience", "EVERYONE");
		WebSession.Page refused = lead.post(PAGES, form, bad);
		assertThat(refused.status()).as("the form comes back with every error").isEqualTo(200);
		assertThat(refused.body()).contains("Give the workshop a title.", "Choose a person",
				"The start cannot be in the past.", "There is at least one seat.", "Give a place or a video link.");

		WorkshopPeople staff = new WorkshopPeople(this.port, this.people, this.accounts);
		WorkshopPeople.Member facilitator = staff.hire(Role.MANAGER);
		Map<String, String> good = new LinkedHashMap<>(bad);
		good.put("title", "Your career story");
		good.put("facilitator", facilitator.employeeId());
		good.put("startsOn", LocalDate.now().plusDays(12).toString());
		good.put("place", "Meeting room Aurora");
		good.put("capacity", "1");
		WebSession.Page created = lead.post(PAGES, form, good);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String path = created.location().replaceFirst("^https?://[^/]+", "");
		WebSession.Page page = lead.get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Your career story", facilitator.name(), "Meeting room Aurora", "enrol-form");

		// the lead takes the one seat; a talent joins the waiting list, then the lead leaves and the talent moves up
		assertThat(lead.post(path + "/enrol", page, Map.of()).status()).isEqualTo(302);
		assertThat(lead.get(path).body()).contains("You are enrolled.", "invite-link", "leave-form");
		WorkshopPeople.Member talent = staff.hire(Role.TALENT);
		WebSession talentSession = talent.session();
		WebSession.Page talentPage = talentSession.get(path);
		assertThat(talentPage.body()).contains("Join the waiting list");
		assertThat(talentSession.post(path + "/enrol", talentPage, Map.of()).status()).isEqualTo(302);
		assertThat(talentSession.get(path).body()).contains("You are number 1 of 1 on the waiting list");
		WebSession.Page leadPage = lead.get(path);
		assertThat(lead.post(path + "/leave", leadPage, Map.of()).status()).isEqualTo(302);
		assertThat(talentSession.get(path).body()).contains("You are enrolled.");
		WebSession.Page invite = talentSession.get(path + "/invite.ics");
		assertThat(invite.status()).isEqualTo(200);
		assertThat(invite.body()).contains("BEGIN:VCALENDAR", "Your career story");
	}

	@Test
	void theManagerFacilitatesTheFullWorkshopAndSeesNoTalentsOnlyOne() {
		Map<String, String> demo = demo();
		WebSession manager = WebSession.signIn(this.port, "manager");
		assertThat(manager.get("/toolbox").body()).contains("workshops-card").doesNotContain("/toolbox/workshops/new");
		WebSession.Page list = manager.get(PAGES);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Networking for your next role", "Plan your next two years")
			.doesNotContain("Tours of duty: choosing your next mission", "create-link");
		String full = demo.get("Networking for your next role");
		WebSession.Page page = manager.get(PAGES + "/" + full);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("manage-link", "edit-link", "Join the waiting list");
		WebSession.Page managed = manager.get(PAGES + "/" + full + "/manage");
		assertThat(managed.status()).isEqualTo(200);
		assertThat(managed.body()).contains("4 of 4 taken, 0 free", "waiting-list", "enrol-someone-form");
		assertThat(manager.get(PAGES + "/" + full + "/edit").status()).isEqualTo(200);
		assertThat(manager.get(PAGES + "/" + demo.get("Tours of duty: choosing your next mission")).status())
			.as("a talents' workshop does not exist for a manager").isEqualTo(404);
		assertThat(manager.get(PAGES + "/" + demo.get("Plan your next two years") + "/manage").status())
			.as("not theirs to manage").isEqualTo(403);
		assertThat(manager.get(PAGES + "/new").status()).isEqualTo(403);
	}

	@Test
	void theTalentSeesTheirPlaceInLineMaterialsAndGivesFeedback() {
		Map<String, String> demo = demo();
		WebSession talent = WebSession.signIn(this.port, "talent");
		assertThat(talent.get("/toolbox").body()).contains("workshops-card");
		WebSession.Page list = talent.get(PAGES);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Tours of duty: choosing your next mission", "Waiting, number 2")
			.doesNotContain("create-link");
		String full = demo.get("Networking for your next role");
		WebSession.Page fullPage = talent.get(PAGES + "/" + full);
		assertThat(fullPage.status()).isEqualTo(200);
		assertThat(fullPage.body()).contains("You are number 2 of 3 on the waiting list", "Leave the waiting list")
			.doesNotContain("manage-link", "material-list");
		assertThat(talent.get(PAGES + "/" + full + "/manage").status()).isEqualTo(403);
		assertThat(talent.get(PAGES + "/" + full + "/edit").status()).isEqualTo(403);
		assertThat(talent.get(PAGES + "/new").status()).isEqualTo(403);

		String held = demo.get("Plan your next two years");
		WebSession.Page heldPage = talent.get(PAGES + "/" + held);
		assertThat(heldPage.status()).isEqualTo(200);
		assertThat(heldPage.body()).contains("Slides: the two-year career map", "feedback-form",
				"The peer conversations were the best part.");
		WebSession.Page outOfRange = talent.post(PAGES + "/" + held + "/feedback", heldPage,
				Map.of("rating", "9", "comment", "Great"));
		assertThat(outOfRange.status()).isEqualTo(200);
		assertThat(outOfRange.body()).contains("Give a rating from 1 to 5.");
		WebSession.Page sent = talent.post(PAGES + "/" + held + "/feedback", heldPage,
				Map.of("rating", "5", "comment", "The peer conversations were the best part."));
		assertThat(sent.status()).isEqualTo(302);

		WebSession.Page open = talent.get(PAGES + "/" + demo.get("Tours of duty: choosing your next mission"));
		assertThat(open.status()).isEqualTo(200);
		assertThat(open.body()).contains("enrol-form", "3 of 12 taken, 9 free");
	}

	@Test
	void administratorsAndAlumniReachNoWorkshopPage() {
		WorkshopPeople staff = new WorkshopPeople(this.port, this.people, this.accounts);
		WorkshopPeople.Member admin = staff.hire(Role.ADMIN);
		WorkshopPeople.Member alumnus = staff.hire(Role.ALUMNUS);
		assertThat(admin.session().get(PAGES).status()).isEqualTo(403);
		assertThat(alumnus.session().get(PAGES).status()).isEqualTo(403);
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
