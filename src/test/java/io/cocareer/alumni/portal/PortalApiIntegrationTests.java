package io.cocareer.alumni.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static io.cocareer.alumni.portal.PortalPeople.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alumni portal over the API: the talent lead posts, contactable alumni are told (an alumnus
 * who withdrew consent is not), an alumnus says they are interested and refers a candidate, the
 * lead takes the referral to hired (the register counts it); consent, the data download and the
 * career record are the alumnus' own; nobody else reads any of it; bad input is problem+json.
 */
@IntegrationTest
class PortalApiIntegrationTests {

	private static final String POSTS = "/api/v1/alumni/posts";

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
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private PortalPeople portal() {
		return new PortalPeople(this.port, this.people, this.accounts, this.events, this.transactions, this.clock);
	}

	@Test
	void aRoleIsPostedAnAlumnusIsInterestedAndRefersACandidateWhoIsHired() {
		PortalPeople portal = portal();
		ApiClient lead = portal.staff(Role.TALENT_LEAD).api();
		PortalPeople.Member alex = portal.alumnus();
		ApiClient alumnus = alex.api();

		Map<String, Object> role = post("ROLE", "Staff data engineer", LocalDate.now(this.clock).plusDays(20));
		ApiClient.Response posted = lead.post(POSTS, json(role));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		String id = posted.json().path("id").asString();
		assertThat(posted.json().path("open").asBoolean()).isTrue();
		assertThat(count("select count(*) from notification n join account a on a.id = n.account_id where n.kind = 'alumni.portal.posted' and a.person_id = ?",
				alex.personId())).as("a contactable alumnus is told").isEqualTo(1);

		JsonNode seen = alumnus.get(POSTS + "?kind=ROLE").json();
		assertThat(seen.toString()).contains(id, "Staff data engineer");
		ApiClient.Response interested = alumnus.post(POSTS + "/" + id + "/interest", "");
		assertThat(interested.status()).as(interested.body()).isEqualTo(200);
		assertThat(interested.json().path("interested").asBoolean()).isTrue();
		assertThat(interested.json().path("interestCount").asInt()).as("counts are the lead's").isZero();
		assertThat(alumnus.post(POSTS + "/" + id + "/interest", "").status()).as("saying it again changes nothing")
			.isEqualTo(200);
		JsonNode who = lead.get(POSTS + "/" + id + "/interest").json();
		assertThat(who).hasSize(1);
		assertThat(who.get(0).path("name").asString()).isEqualTo(alex.name());
		assertThat(lead.get(POSTS + "/" + id).json().path("interestCount").asInt()).isEqualTo(1);
		assertThat(alumnus.get(POSTS + "/" + id + "/interest").status()).isEqualTo(403);

		Map<String, Object> referral = new LinkedHashMap<>();
		referral.put("candidateName", "Robin Candidate");
		referral.put("candidateEmail", "robin@example.org");
		referral.put("postId", id);
		referral.put("reason", "We built a pipeline together; she is excellent.");
		ApiClient.Response referred = alumnus.post("/api/v1/me/alumni-referrals", json(referral));
		assertThat(referred.status()).as(referred.body()).isEqualTo(201);
		String referralId = referred.json().path("id").asString();
		assertThat(referred.json().path("referredFor").asString()).isEqualTo("Staff data engineer");
		assertThat(referred.json().path("status").asString()).isEqualTo("NEW");

		JsonNode leads = lead.get("/api/v1/alumni/referrals?status=NEW").json();
		assertThat(leads.toString()).contains(referralId, "Robin Candidate");
		long version = leads.findValue("version").asLong();
		ApiClient.Response inProcess = lead.put("/api/v1/alumni/referrals/" + referralId + "/status",
				json(Map.of("status", "IN_PROCESS", "version", version)));
		assertThat(inProcess.status()).as(inProcess.body()).isEqualTo(200);
		ApiClient.Response stale = lead.put("/api/v1/alumni/referrals/" + referralId + "/status",
				json(Map.of("status", "HIRED", "version", version)));
		assertThat(stale.status()).isEqualTo(409);
		ApiClient.Response hired = lead.put("/api/v1/alumni/referrals/" + referralId + "/status",
				json(Map.of("status", "HIRED", "version", inProcess.json().path("version").asLong())));
		assertThat(hired.json().path("status").asString()).isEqualTo("HIRED");
		assertThat(count("select count(*) from alumni_interaction where person_id = ? and kind = 'REFERRAL' and hired",
				alex.personId())).as("the register counts the hire").isEqualTo(1);
		assertThat(count("select count(*) from alumni_interaction where person_id = ? and kind = 'CONTACT'",
				alex.personId())).as("the interest is logged as a contact").isEqualTo(1);
		ApiClient.Response closed = lead.put("/api/v1/alumni/referrals/" + referralId + "/status",
				json(Map.of("status", "DECLINED", "version", hired.json().path("version").asLong())));
		assertThat(closed.code()).isEqualTo("alumni.portal.referral.closed");
		assertThat(alumnus.get("/api/v1/me/alumni-referrals").json().toString()).contains("HIRED");

		assertThat(lead.delete("/api/v1/alumni/referrals/" + referralId).status()).isEqualTo(204);
		assertThat(alumnus.get("/api/v1/me/alumni-referrals/" + referralId).status()).isEqualTo(404);
	}

	@Test
	void anAlumnusWhoWithdrewConsentIsToldNothingAndCanGiveItAgain() {
		PortalPeople portal = portal();
		ApiClient lead = portal.staff(Role.TALENT_LEAD).api();
		PortalPeople.Member sam = portal.alumnus();
		PortalPeople.Member never = portal.alumnus(false);

		JsonNode consent = sam.api().get("/api/v1/me/alumni-consent").json();
		assertThat(consent.path("contactable").asBoolean()).isTrue();
		assertThat(consent.path("channels").toString()).contains("EMAIL", "NEWSLETTER");
		ApiClient.Response withdrawn = sam.api().delete("/api/v1/me/alumni-consent");
		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		assertThat(withdrawn.json().path("contactable").asBoolean()).isFalse();
		assertThat(withdrawn.json().path("withdrawnAt").isNull()).isFalse();

		String id = lead.post(POSTS, json(post("NEWS", "Our alumni evening", null))).json().path("id").asString();
		assertThat(count("select count(*) from notification n join account a on a.id = n.account_id where a.person_id = ?", sam.personId()))
			.as("no notice after withdrawal").isZero();
		assertThat(count("select count(*) from notification n join account a on a.id = n.account_id where a.person_id = ?", never.personId()))
			.as("no notice without consent").isZero();
		assertThat(sam.api().get(POSTS + "/" + id).status()).as("the news is still theirs to read").isEqualTo(200);

		ApiClient.Response noChannel = sam.api().put("/api/v1/me/alumni-consent",
				json(Map.of("email", "sam@example.org", "channels", List.of(), "cadence", "YEARLY")));
		assertThat(noChannel.status()).isEqualTo(400);
		assertThat(noChannel.code()).isEqualTo("alumni.register.consent.channel");
		ApiClient.Response again = sam.api().put("/api/v1/me/alumni-consent",
				json(Map.of("email", "sam@example.org", "channels", List.of("EMAIL"), "cadence", "YEARLY")));
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().path("contactable").asBoolean()).isTrue();
		lead.post(POSTS, json(post("NEWS", "Second news", null)));
		assertThat(count("select count(*) from notification n join account a on a.id = n.account_id where a.person_id = ?", sam.personId())).isEqualTo(1);
	}

	@Test
	void managersTalentsAdministratorsAndOtherAlumniSeeNothingOfAnAlumnus() {
		PortalPeople portal = portal();
		ApiClient lead = portal.staff(Role.TALENT_LEAD).api();
		PortalPeople.Member kim = portal.alumnus();
		String id = lead.post(POSTS, json(post("COLLABORATION", "Speak at our summit", null))).json().path("id")
			.asString();
		kim.api().post(POSTS + "/" + id + "/interest", "");
		Map<String, Object> referral = Map.of("candidateName", "Secret Candidate", "candidateEmail", "sc@example.org",
				"referredFor", "A designer role", "reason", "Great work");
		String referralId = kim.api().post("/api/v1/me/alumni-referrals", json(referral)).json().path("id").asString();

		for (ApiClient other : List.of(portal.staff(Role.MANAGER).api(), portal.staff(Role.TALENT).api(),
				ApiClient.as(this.port, "admin", "demo"))) {
			assertThat(other.get(POSTS).status()).isEqualTo(403);
			assertThat(other.get(POSTS + "/" + id + "/interest").status()).isEqualTo(403);
			assertThat(other.get("/api/v1/alumni/referrals").status()).isEqualTo(403);
			assertThat(other.get("/api/v1/alumni/referrals/" + referralId).status()).isIn(403, 404);
			assertThat(other.get("/api/v1/me/alumni-consent").status()).isEqualTo(403);
			assertThat(other.get("/api/v1/me/alumni-data").status()).isEqualTo(403);
			assertThat(other.post("/api/v1/me/erasure", json(Map.of("confirmation", "ERASE"))).status()).isEqualTo(403);
			assertThat(other.post(POSTS, json(post("NEWS", "Not mine to post", null))).status()).isEqualTo(403);
		}
		ApiClient otherAlumnus = portal.alumnus().api();
		assertThat(otherAlumnus.get("/api/v1/me/alumni-referrals/" + referralId).status()).isEqualTo(404);
		assertThat(otherAlumnus.get("/api/v1/me/alumni-referrals").body()).doesNotContain("Secret Candidate");
		assertThat(otherAlumnus.get("/api/v1/alumni/referrals").status()).isEqualTo(403);
		assertThat(otherAlumnus.post(POSTS, json(post("NEWS", "Not mine", null))).status()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where arguments like '%Secret Candidate%'")
			.query(Long.class).single()).as("no candidate in the audit").isZero();
	}

	@Test
	void theDataDownloadHoldsTheAlumnusOwnRecordsAndTheCareerRecordIsAPdf() {
		PortalPeople portal = portal();
		ApiClient lead = portal.staff(Role.TALENT_LEAD).api();
		PortalPeople.Member lee = portal.alumnus();
		String id = lead.post(POSTS, json(post("ROLE", "Platform lead", null))).json().path("id").asString();
		lee.api().post(POSTS + "/" + id + "/interest", "");
		lee.api().post("/api/v1/me/alumni-referrals", json(Map.of("candidateName", "Dana Referred", "candidateEmail",
				"dana@example.org", "postId", id, "reason", "Strong")));

		ApiClient.Response data = lee.api().get("/api/v1/me/alumni-data");
		assertThat(data.status()).as(data.body()).isEqualTo(200);
		JsonNode json = data.json();
		assertThat(json.path("person").path("employeeId").asString()).isEqualTo(lee.employeeId());
		assertThat(json.path("person").path("employmentPeriods")).hasSize(1);
		assertThat(json.path("parts").path("register").path("record").path("consent").path("email").asString()).startsWith("private.");
		assertThat(json.path("parts").path("register").path("interactions")).hasSize(2);
		assertThat(json.path("parts").path("portal").path("interest").get(0).path("postTitle").asString()).isEqualTo("Platform lead");
		assertThat(json.path("parts").path("portal").path("referrals").get(0).path("candidateName").asString())
			.isEqualTo("Dana Referred");
		assertThat(json.path("careerRecord").isArray()).isTrue();

		ApiClient.Response record = lee.api().get("/api/v1/me/career-record");
		assertThat(record.status()).isEqualTo(200);
		assertThat(record.json().isArray()).isTrue();
		ApiClient.Response pdf = lee.api().getRaw("/api/v1/me/career-record.pdf", "application/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
	}

	@Test
	void badInputIsRefusedWithProblemsAndNothingIsStored() {
		PortalPeople portal = portal();
		ApiClient lead = portal.staff(Role.TALENT_LEAD).api();
		ApiClient alumnus = portal.alumnus().api();
		long before = count("select count(*) from alumni_post");

		ApiClient.Response noKind = lead.post(POSTS, json(Map.of("kind", "COLLABORATION", "title", "A deal", "body", "x")));
		assertThat(noKind.status()).isEqualTo(400);
		assertThat(noKind.code()).isEqualTo("alumni.portal.post.collaborationKindRequired");
		ApiClient.Response past = lead.post(POSTS,
				json(post("ROLE", "Old role", LocalDate.now(this.clock).minusDays(1))));
		assertThat(past.code()).isEqualTo("alumni.portal.post.closesInPast");
		ApiClient.Response unknownPackage = lead.post(POSTS, json(Map.of("kind", "ROLE", "title", "A role", "body", "x",
				"workPackageId", "00000000-0000-0000-0000-000000000001")));
		assertThat(unknownPackage.code()).isEqualTo("alumni.portal.post.packageUnknown");
		assertThat(lead.post(POSTS, "{\"kind\": \"GOSSIP\"}").status()).isEqualTo(400);
		assertThat(count("select count(*) from alumni_post")).isEqualTo(before);

		String news = lead.post(POSTS, json(post("NEWS", "Plain news", null))).json().path("id").asString();
		assertThat(alumnus.post(POSTS + "/" + news + "/interest", "").code()).isEqualTo("alumni.portal.interest.news");
		ApiClient.Response badEmail = alumnus.post("/api/v1/me/alumni-referrals", json(Map.of("candidateName", "X",
				"candidateEmail", "not-an-email", "referredFor", "A role", "reason", "Why")));
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.code()).isEqualTo("alumni.portal.referral.emailInvalid");
		ApiClient.Response noRole = alumnus.post("/api/v1/me/alumni-referrals",
				json(Map.of("candidateName", "X", "candidateEmail", "x@example.org", "reason", "Why")));
		assertThat(noRole.code()).isEqualTo("alumni.portal.referral.forRequired");
		ApiClient.Response wrongWord = alumnus.post("/api/v1/me/erasure", json(Map.of("confirmation", "erase")));
		assertThat(wrongWord.status()).isEqualTo(400);
		assertThat(wrongWord.code()).isEqualTo("alumni.portal.erase.confirm");
		assertThat(alumnus.get("/api/v1/me/alumni-consent").status()).as("still signed in, not erased").isEqualTo(200);
	}

	private static Map<String, Object> post(String kind, String title, LocalDate closesOn) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("title", title);
		body.put("body", "All about " + title);
		if ("COLLABORATION".equals(kind)) {
			body.put("collaborationKind", "SPEAKER");
		}
		if (closesOn != null) {
			body.put("closesOn", closesOn.toString());
		}
		return body;
	}

	private long count(String sql, Object... params) {
		var statement = this.jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Long.class).single();
	}

}
