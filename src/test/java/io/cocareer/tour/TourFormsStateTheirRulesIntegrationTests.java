package io.cocareer.tour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.web.FieldRule;
import io.cocareer.shared.web.FormRules;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.agreement.web.AgreementForm;
import io.cocareer.tour.agreement.web.MissionForm;
import io.cocareer.tour.catalogue.web.CharterForm;
import io.cocareer.tour.catalogue.web.WorkPackageForm;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.support.web.WorkItemForm;
import io.cocareer.tour.tracking.web.CheckInForm;
import io.cocareer.tour.tracking.web.WinForm;
import io.cocareer.tour.lifecycle.web.TourForm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the forms of the tour pages (issue 7, item 14) and checks, field by field against the
 * constraints the form validates with, that every required field is marked (a mark on its label,
 * {@code required} and {@code aria-required}) and every limited field states its limit ("Up to
 * 300 characters", referenced by the field) and carries it ({@code maxlength}, {@code min},
 * {@code max}). The closing review's forms are left to the branch that reworks them.
 */
@IntegrationTest
class TourFormsStateTheirRulesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	FormRules rules;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tours;

	@Autowired
	PlatformTransactionManager transactions;

	/** One form on one page, as one role reads it (the team's manager or talent, or the talent lead). */
	record Walk(String user, String path, String form, Class<?> type, Set<String> alsoRequired) {

	}

	@Test
	void everyRequiredFieldIsMarkedAndEveryLimitedFieldStatesItsLimit() {
		TourTeam team = TourTeam.hire(this.port, this.people, this.accounts);
		UUID talking = TourFixtures.proposeTour(team);
		expect(team.managerApi().post("/api/v1/tours/" + talking + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("Replace the onboarding spreadsheet", 0))), 201);
		UUID running = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours);
		Map<String, Object> obstacle = new LinkedHashMap<>();
		obstacle.put("kind", "OBSTACLE");
		obstacle.put("what", "No test environment");
		obstacle.put("impact", "HIGH");
		obstacle.put("ownerId", team.manager().personId().toString());
		obstacle.put("dueOn", "2040-01-01");
		UUID item = UUID.fromString(expect(team.managerApi().post("/api/v1/tours/" + running + "/work",
				TourFixtures.json(obstacle)), 201).json().path("id").asString());
		UUID draftPackage = UUID.fromString(expect(team.managerApi().post("/api/v1/work-packages",
				TourFixtures.json(TourFixtures.aPackage(this.port, team.manager().employeeId()))), 201)
			.json()
			.path("id")
			.asString());

		List<Walk> walks = List.of(new Walk("manager", "/tours/new", "#tour-form", TourForm.class, Set.of("talentId")),
				new Walk("manager", "/tours/" + talking + "/plan", "#tour-form", TourForm.class, Set.of()),
				new Walk("manager", "/tours/packages/new", "#package-form", WorkPackageForm.class, Set.of()),
				new Walk("manager", "/tours/packages/" + draftPackage + "/edit", "#package-form", WorkPackageForm.class,
						Set.of()),
				new Walk("lead", "/tours/charter/edit", "#charter-form", CharterForm.class, Set.of()),
				new Walk("manager", "/tours/" + talking + "/mission", "#mission-form", MissionForm.class,
						Set.of("objective", "companyGains")),
				new Walk("talent", "/tours/" + talking + "/mission", "#mission-form", MissionForm.class,
						Set.of("objective", "talentGains")),
				new Walk("manager", "/tours/" + talking + "/agreement", "#agreement-form", AgreementForm.class, Set.of()),
				new Walk("manager", "/tours/" + running + "/check-ins", "#check-in-form", CheckInForm.class, Set.of()),
				new Walk("talent", "/tours/" + running + "/wins", "#win-form", WinForm.class, Set.of()),
				new Walk("manager", "/tours/" + running + "/work", "form[action$=/work/resources]", WorkItemForm.class,
						Set.of()),
				new Walk("manager", "/tours/" + running + "/work", "form[action$=/work/obstacles]", WorkItemForm.class,
						Set.of()),
				new Walk("manager", "/tours/" + running + "/work/" + item, "form[action$=/work/" + item + "]",
						WorkItemForm.class, Set.of()));

		Map<String, WebSession> sessions = Map.of("manager", team.managerSession(), "talent", team.talentSession(), "lead",
				WebSession.signIn(this.port, "lead"));
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Walk walk : walks) {
			WebSession.Page page = sessions.get(walk.user()).get(walk.path());
			assertThat(page.status()).as(walk.path()).isEqualTo(200);
			Document document = Jsoup.parse(page.body());
			Element form = document.selectFirst(walk.form());
			if (form == null) {
				problems.add(walk.path() + ": no form " + walk.form());
				continue;
			}
			for (Element field : form.select("input[name], textarea[name], select[name]")) {
				String type = field.attr("type");
				if (type.equals("hidden") || type.equals("submit") || field.attr("name").startsWith("_")) {
					continue;
				}
				checked++;
				problems.addAll(check(walk, document, field));
			}
		}

		assertThat(checked).isGreaterThan(40);
		assertThat(problems).isEmpty();
	}

	private List<String> check(Walk walk, Document page, Element field) {
		String name = field.attr("name");
		FieldRule rule = this.rules.of(walk.type(), name);
		boolean required = rule.required() || walk.alsoRequired().contains(name);
		String where = walk.user() + " " + walk.path() + " " + name + ": ";
		List<String> problems = new ArrayList<>();
		if (required) {
			if (!field.hasAttr("required")) {
				problems.add(where + "required but has no required attribute");
			}
			if (!field.attr("type").equals("radio") && !"true".equals(field.attr("aria-required"))) {
				problems.add(where + "required but has no aria-required");
			}
			Element label = page.select("label").stream().filter((l) -> l.attr("for").equals(field.id())).findFirst()
				.orElse(null);
			if (label == null || label.select(".required-mark").isEmpty()) {
				problems.add(where + "required but its label is not marked");
			}
		}
		else if (field.hasAttr("required")) {
			problems.add(where + "marked required but its form does not require it");
		}
		boolean picker = field.attr("role").equals("combobox");
		if (rule.maxLength() != null && !picker) {
			if (!String.valueOf(rule.maxLength()).equals(field.attr("maxlength"))) {
				problems.add(where + "maxlength " + field.attr("maxlength") + " instead of " + rule.maxLength());
			}
			expectStated(page, field, String.format(Locale.ENGLISH, "Up to %,d characters", rule.maxLength()), where,
					problems);
		}
		if (rule.min() != null && rule.max() != null && field.attr("type").equals("number")) {
			if (!String.valueOf(rule.min()).equals(field.attr("min"))
					|| !String.valueOf(rule.max()).equals(field.attr("max"))) {
				problems.add(where + "min/max " + field.attr("min") + "/" + field.attr("max") + " instead of "
						+ rule.min() + "/" + rule.max());
			}
			expectStated(page, field, "Between " + rule.min() + " and " + rule.max(), where, problems);
		}
		return problems;
	}

	/** The limit is in a text the field refers to (aria-describedby), so it is read with the field. */
	private static void expectStated(Document page, Element field, String text, String where, List<String> problems) {
		for (String id : field.attr("aria-describedby").split("\\s+")) {
			Element described = id.isBlank() ? null : page.getElementById(id);
			if (described != null && described.text().contains(text)) {
				return;
			}
		}
		problems.add(where + "does not state \"" + text + "\"");
	}

	private static ApiClient.Response expect(ApiClient.Response response, int status) {
		return AgreementFixtures.expect(response, status);
	}

}
