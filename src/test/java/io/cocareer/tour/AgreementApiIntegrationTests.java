package io.cocareer.tour;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.shared.TourId;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.agreement.AgreementService;
import io.cocareer.tour.agreement.MissionService;
import io.cocareer.tour.agreement.MissionText;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.lifecycle.TourStartJob;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static io.cocareer.tour.AgreementFixtures.agreement;
import static io.cocareer.tour.AgreementFixtures.base;
import static io.cocareer.tour.AgreementFixtures.expect;
import static io.cocareer.tour.AgreementFixtures.mission;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@RecordApplicationEvents
class AgreementApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	AgreementService agreements;

	@Autowired
	MissionService missions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	TourStartJob startJob;

	@Test
	void bothSignAndTheTourRunsOnTheAgreementsTerms() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		JsonNode sent = AgreementFixtures.sentForSignature(team, id, 50);
		assertThat(sent.path("state").asString()).isEqualTo("AWAITING_SIGNATURES");

		JsonNode awaiting = team.talentApi().get(base(id) + "/agreement").json();
		assertThat(awaiting.path("current").path("status").asString()).isEqualTo("AWAITING_SIGNATURES");
		assertThat(awaiting.path("current").path("charterText").asString()).contains("We do not offer lifetime employment");
		assertThat(awaiting.path("current").path("missionRevisionNo").asInt()).isEqualTo(1);
		assertThat(awaiting.path("actions").path("signAsTalent").asBoolean()).isTrue();
		assertThat(awaiting.path("actions").path("edit").asBoolean()).isFalse();

		// the talent may not sign without acknowledging the Right of First Conversation
		ApiClient.Response refused = team.talentApi().post(base(id) + "/agreement/sign", "{\"rofcAcknowledged\":false}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("tour.agreement.rofcRequired");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("rofcAcknowledged");
		// the talent lead speaks for the organisation but does not sign
		assertThat(as("lead").post(base(id) + "/agreement/sign", "{}").status()).isEqualTo(403);

		expect(team.talentApi().post(base(id) + "/agreement/sign", "{\"rofcAcknowledged\":true}"), 200);
		assertThat(team.talentApi().get(base(id)).json().path("state").asString()).isEqualTo("AWAITING_SIGNATURES");
		assertThat(team.talentApi().post(base(id) + "/agreement/sign", "{\"rofcAcknowledged\":true}").code())
			.isEqualTo("tour.agreement.alreadySigned");
		expect(team.managerApi().post(base(id) + "/agreement/sign", "{}"), 200);

		JsonNode tour = team.managerApi().get(base(id)).json();
		// signed before its start date: it waits for that day
		assertThat(tour.path("state").asString()).isEqualTo("SIGNED");
		assertThat(tour.path("timeShare").asInt()).isEqualTo(50);
		LocalDate end = LocalDate.parse(tour.path("endOn").asString());
		assertThat(tour.path("nextConversationOn").asString()).isEqualTo(end.minusMonths(2).toString());
		JsonNode signed = team.managerApi().get(base(id) + "/agreement").json().path("current");
		assertThat(signed.path("status").asString()).isEqualTo("SIGNED");
		assertThat(signed.path("binding").asBoolean()).isTrue();
		assertThat(signed.path("rofcAcknowledged").asBoolean()).isTrue();
		assertThat(signed.path("talentSignedBy").asString()).isEqualTo(team.talent().name());
		assertThat(signed.path("managerSignedBy").asString()).isEqualTo(team.manager().name());
	}

	@Test
	void aTourSignedBeforeItsStartWaitsAsSignedAndTheJobStartsItOnItsStartDateOnce() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		JsonNode tour = AgreementFixtures.signedByBoth(team, id, 40);
		LocalDate start = LocalDate.parse(tour.path("startOn").asString());
		assertThat(tour.path("state").asString()).isEqualTo("SIGNED");
		assertThat(as("lead").get("/api/v1/tours?state=SIGNED").body()).contains(id.toString());
		int moves = tour.path("history").size();

		this.startJob.startDue(start.minusDays(1));
		assertThat(team.talentApi().get(base(id)).json().path("state").asString()).isEqualTo("SIGNED");

		this.startJob.startDue(start);
		this.startJob.startDue(start.plusDays(1));

		JsonNode started = team.talentApi().get(base(id)).json();
		assertThat(started.path("state").asString()).isEqualTo("ACTIVE");
		assertThat(started.path("history")).hasSize(moves + 1);
		JsonNode last = started.path("history").get(moves);
		assertThat(last.path("from").asString()).isEqualTo("SIGNED");
		assertThat(last.path("to").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void aTourSignedOnOrAfterItsStartDateIsActiveAtOnce() {
		TourTeam team = team();
		LocalDate start = TourFixtures.PAST_START;
		UUID id = TourFixtures.proposeTour(team, start, start.plusMonths(6));

		JsonNode tour = AgreementFixtures.signedByBoth(team, id, 40);

		assertThat(tour.path("state").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void aSignedAgreementIsFrozenAndChangedOnlyByAnAmendmentBothSignAgain() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		JsonNode tour = AgreementFixtures.signedByBoth(team, id, 40);

		Map<String, Object> changed = agreement(tour, 60);
		ApiClient.Response refused = team.managerApi().put(base(id) + "/agreement/draft", TourFixtures.json(changed));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("tour.agreement.signed");
		assertThat(team.managerApi().get(base(id) + "/agreement").json().path("actions").path("amend").asBoolean()).isTrue();

		assertThat(team.talentApi().post(base(id) + "/agreement/amendments", "{\"reason\":\"more time\"}").status())
			.isEqualTo(403);
		assertThat(team.managerApi().post(base(id) + "/agreement/amendments", "{\"reason\":\" \"}").status()).isEqualTo(400);
		expect(team.managerApi().post(base(id) + "/agreement/amendments",
				"{\"reason\":\"The pilot grew to two units\"}"), 201);
		expect(team.managerApi().put(base(id) + "/agreement/draft", TourFixtures.json(changed)), 200);
		expect(team.managerApi().post(base(id) + "/agreement/send", "{}"), 200);

		// until both signed the amendment, version 1 binds
		JsonNode pending = team.talentApi().get(base(id) + "/agreement").json();
		assertThat(pending.path("current").path("versionNo").asInt()).isEqualTo(2);
		assertThat(pending.path("current").path("amendmentReason").asString()).isEqualTo("The pilot grew to two units");
		assertThat(pending.path("binding").path("versionNo").asInt()).isEqualTo(1);
		assertThat(team.talentApi().get(base(id)).json().path("timeShare").asInt()).isEqualTo(40);
		assertThat(team.talentApi().get(base(id)).json().path("state").asString()).isEqualTo("SIGNED");

		expect(team.talentApi().post(base(id) + "/agreement/sign", "{\"rofcAcknowledged\":true}"), 200);
		expect(team.managerApi().post(base(id) + "/agreement/sign", "{}"), 200);

		JsonNode after = team.talentApi().get(base(id) + "/agreement").json();
		assertThat(after.path("binding").path("versionNo").asInt()).isEqualTo(2);
		assertThat(after.path("versions")).hasSize(2);
		assertThat(after.path("versions").get(1).path("status").asString()).isEqualTo("SIGNED");
		assertThat(after.path("versions").get(1).path("binding").asBoolean()).isFalse();
		assertThat(after.path("versions").get(1).path("terms").path("timeShare").asInt()).isEqualTo(40);
		assertThat(team.talentApi().get(base(id)).json().path("timeShare").asInt()).isEqualTo(60);
	}

	@Test
	void askingForChangesClearsTheSignaturesAndReopensTheConversation() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		AgreementFixtures.sentForSignature(team, id, 40);
		expect(team.managerApi().post(base(id) + "/agreement/sign", "{}"), 200);

		expect(team.talentApi().post(base(id) + "/agreement/ask-changes", "{\"reason\":\"Add a learning goal\"}"), 200);

		JsonNode page = team.managerApi().get(base(id) + "/agreement").json();
		assertThat(page.path("tourState").asString()).isEqualTo("IN_CONVERSATION");
		assertThat(page.path("current").path("status").asString()).isEqualTo("DRAFT");
		assertThat(page.path("current").path("managerSignedAt").isNull()).isTrue();
		assertThat(page.path("actions").path("edit").asBoolean()).isTrue();
		JsonNode tour = team.managerApi().get(base(id)).json();
		assertThat(tour.path("history").get(tour.path("history").size() - 1).path("reason").asString())
			.isEqualTo("Add a learning goal");
		// the mission is open again too
		expect(team.talentApi().post(base(id) + "/mission/revisions", TourFixtures.json(mission("With discovery", 1))), 201);
	}

	@Test
	void theEndBeforeTheStartIsRefusedOnTheEndField() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		expect(team.managerApi().post(base(id) + "/mission/revisions", TourFixtures.json(mission("Ship", 0))), 201);
		JsonNode tour = team.managerApi().get(base(id)).json();
		Map<String, Object> body = agreement(tour, 40);
		body.put("endOn", LocalDate.parse(tour.path("startOn").asString()).minusDays(1).toString());

		ApiClient.Response refused = team.managerApi().put(base(id) + "/agreement/draft", TourFixtures.json(body));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("tour.field.endBeforeStart");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("endOn");
		assertThat(team.managerApi().get(base(id) + "/agreement").json().path("current").isNull()).isTrue();

		Map<String, Object> late = agreement(tour, 40);
		late.put("nextConversationOn", tour.path("endOn").asString());
		assertThat(team.managerApi().put(base(id) + "/agreement/draft", TourFixtures.json(late)).code())
			.isEqualTo("tour.agreement.nextConversationOutside");
	}

	@Test
	void twoToursOfTheSameWindowAt60PercentEachAreRefusedWith120Percent() {
		TourTeam team = team();
		LocalDate start = TourFixtures.futureStart();
		UUID first = TourFixtures.proposeTour(team, start, start.plusMonths(6));
		UUID second = TourFixtures.proposeTour(team, start, start.plusMonths(6));
		AgreementFixtures.signedByBoth(team, first, 60);
		expect(team.managerApi().post(base(second) + "/mission/revisions", TourFixtures.json(mission("Ship", 0))), 201);
		JsonNode tour = team.managerApi().get(base(second)).json();

		ApiClient.Response refused = team.managerApi().put(base(second) + "/agreement/draft",
				TourFixtures.json(agreement(tour, 60)));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("tour.overcommitted");
		assertThat(refused.json().path("detail").asString()).contains("120 %").contains("60 %");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("timeShare");
		// 40 % fits
		expect(team.managerApi().put(base(second) + "/agreement/draft", TourFixtures.json(agreement(tour, 40))), 200);
	}

	@Test
	void onlyTheOrganisationSideWritesAndSendsAndACompleteAgreementWithAMissionIsSent() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		JsonNode tour = team.managerApi().get(base(id)).json();
		// a draft tour has no conversation yet
		assertThat(team.managerApi().put(base(id) + "/agreement/draft", TourFixtures.json(agreement(tour, 40))).code())
			.isEqualTo("tour.agreement.notInConversation");
		expect(team.managerApi().post(base(id) + "/state", TourFixtures.json(Map.of("state", "IN_CONVERSATION", "version",
				tour.path("version").asLong()))), 200);

		assertThat(team.talentApi().put(base(id) + "/agreement/draft", TourFixtures.json(agreement(tour, 40))).status())
			.isEqualTo(403);
		Map<String, Object> partial = new LinkedHashMap<>(agreement(tour, 40));
		partial.remove("deliverables");
		expect(as("lead").put(base(id) + "/agreement/draft", TourFixtures.json(partial)), 200);
		assertThat(team.managerApi().post(base(id) + "/agreement/send", "{}").code()).isEqualTo("tour.agreement.noMission");
		expect(team.talentApi().post(base(id) + "/mission/revisions", TourFixtures.json(mission("Ship", 0))), 201);
		ApiClient.Response incomplete = team.managerApi().post(base(id) + "/agreement/send", "{}");
		assertThat(incomplete.code()).isEqualTo("tour.agreement.incomplete");
		assertThat(incomplete.json().path("detail").asString()).endsWith("still missing: Deliverables.").doesNotContain("deliverables");
		assertThat(team.talentApi().post(base(id) + "/agreement/send", "{}").status()).isEqualTo(403);
	}

	@Test
	void sendingTellsTalentAndManagerTheAgreementAwaitsTheirSignature() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		Actor manager = actor(team.manager().username());
		this.missions.revise(manager, TourId.of(id), new MissionText("Ship", "Faster onboarding", "Leadership", "A day"), 0);
		JsonNode tour = team.managerApi().get(base(id)).json();
		AgreementFixtures.expect(team.managerApi().put(base(id) + "/agreement/draft", TourFixtures.json(agreement(tour, 40))),
				200);

		this.agreements.send(manager, TourId.of(id));

		Notice notice = this.events.stream(Notice.class).reduce((a, b) -> b).orElseThrow();
		assertThat(notice.kind()).isEqualTo("tour.signatureAwaited");
		assertThat(notice.messageCode()).isEqualTo("notice.tour.agreementAwaitingSignature");
		assertThat(notice.personIds()).containsExactlyInAnyOrder(team.talent().personId(), team.manager().personId());
		assertThat(notice.link()).isEqualTo("/tours/" + id + "/agreement");
		assertThat(notice.arguments()).contains(tour.path("title").asString());
	}

	@Test
	void thePdfCarriesTitlePartiesCharterEndDateRightOfFirstConversationAndSignatures() throws IOException {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		JsonNode tour = AgreementFixtures.signedByBoth(team, id, 40);

		AgreementFixtures.Binary pdf = AgreementFixtures.download(this.port, team.talent().username(), TourTeam.PASSWORD,
				base(id) + "/agreement/versions/1/pdf");

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		String text = text(pdf.body());
		assertThat(text).contains("Tour of duty agreement");
		assertThat(text).contains(tour.path("title").asString());
		assertThat(text).contains(team.talent().name()).contains(team.manager().name() + ", manager");
		assertThat(text).contains("We do not offer lifetime employment");
		LocalDate end = LocalDate.parse(tour.path("endOn").asString());
		assertThat(text).contains("This tour of duty ends on " + end.getDayOfMonth() + " "
				+ end.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
				+ end.getYear());
		assertThat(text).contains("Right of First Conversation").contains("Acknowledged by " + team.talent().name() + " on");
		assertThat(text).containsPattern("Signed by " + Pattern.quote(team.talent().name()) + " on \\d{1,2} \\w+ \\d{4}");
		assertThat(text).containsPattern("Signed by " + Pattern.quote(team.manager().name()) + " on \\d{1,2} \\w+ \\d{4}");
	}

	@Test
	void nobodyOutsideTheTourSeesItsAgreementOrItsPdf() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		AgreementFixtures.sentForSignature(team, id, 40);
		String outsider = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER, Role.TALENT);

		assertThat(AgreementFixtures.download(this.port, outsider, TourTestPeople.PASSWORD,
				base(id) + "/agreement/versions/1/pdf").status()).isEqualTo(404);
		assertThat(AgreementFixtures.download(this.port, "admin", "demo", base(id) + "/agreement/versions/1/pdf").status())
			.isEqualTo(404);
		assertThat(AgreementFixtures.download(this.port, "manager", "demo", base(id) + "/agreement/versions/1/pdf").status())
			.isEqualTo(404);
		for (ApiClient other : new ApiClient[] { as("admin"), as("manager"), as("talent"),
				ApiClient.as(this.port, outsider, TourTestPeople.PASSWORD) }) {
			assertThat(other.get(base(id) + "/agreement").status()).isEqualTo(404);
			assertThat(other.get(base(id) + "/agreement/versions/1").status()).isEqualTo(404);
			assertThat(other.post(base(id) + "/agreement/sign", "{\"rofcAcknowledged\":true}").status()).isEqualTo(404);
			assertThat(other.post(base(id) + "/agreement/ask-changes", "{}").status()).isEqualTo(404);
		}
		assertThat(team.talentApi().get(base(id) + "/agreement/versions/9").status()).isEqualTo(404);
		assertThat(team.talentApi().get(base(id) + "/agreement").json().path("current").path("status").asString())
			.isEqualTo("AWAITING_SIGNATURES");
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	private Actor actor(String username) {
		AccountView account = this.accounts.findByUsername(username).orElseThrow();
		return new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()), account.displayName(), account.roles());
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

}
