package io.cocareer.alumni.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static io.cocareer.alumni.directory.DirectoryPeople.PROFILE;
import static io.cocareer.alumni.directory.DirectoryPeople.save;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alumni directory and the talent lead's relations over the API, privacy first: an alumnus
 * finds only listed alumni whose consent holds (withdrawn consent leaves the directory at once),
 * never an unlisted one; the lead finds everyone with their tier; managers, talents and
 * administrators are refused; bad paging and bad profiles are problem+json; erasure deletes the
 * profile. Each test makes its own alumni.
 */
@IntegrationTest
class AlumniDirectoryApiIntegrationTests {

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

	@Autowired
	AlumniRegister register;

	private DirectoryPeople directory() {
		return new DirectoryPeople(this.port, this.people, this.accounts, this.events, this.transactions, this.jdbc,
				this.clock);
	}

	private static String word() {
		return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void alumniFindTheListedAlumniByEveryWordAndNeverAnUnlistedOne() {
		DirectoryPeople d = directory();
		String employer = word();
		DirectoryPeople.Member listed = d.alumnus();
		DirectoryPeople.Member unlisted = d.alumnus();
		DirectoryPeople.Member reader = d.alumnus();
		JsonNode empty = listed.api().get(PROFILE).json();
		assertThat(empty.path("listed").asBoolean()).as("unlisted by default").isFalse();
		assertThat(empty.path("contactable").asBoolean()).isTrue();

		ApiClient.Response saved = save(listed, employer + " GmbH", "Data engineer", "Building streaming platforms", true,
				"Kafka", "Kubernetes", "kafka ");
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().path("skills")).as("skills are taken once").hasSize(2);
		assertThat(save(unlisted, employer + " GmbH", "Data engineer", "Also streaming", false, "Kafka").status())
			.isEqualTo(200);

		JsonNode found = reader.api().get("/api/v1/alumni?q=" + employer + "+kafka+engineer").json();
		assertThat(found.path("total").asLong()).isEqualTo(1);
		JsonNode entry = found.path("items").get(0);
		assertThat(entry.path("personId").asString()).isEqualTo(listed.personId().toString());
		assertThat(entry.path("name").asString()).isEqualTo(listed.name());
		assertThat(entry.path("tier").isNull()).as("an alumnus reads no tier").isTrue();
		assertThat(entry.path("listed").isNull()).isTrue();
		assertThat(reader.api().get("/api/v1/alumni?q=" + employer + "+cobol").json().path("total").asLong())
			.as("every word must match").isZero();
		assertThat(reader.api().get("/api/v1/alumni?q=" + listed.name().split(" ")[2] + "&size=200").body())
			.as("found by name").contains(listed.personId().toString());
		assertThat(reader.api().get("/api/v1/alumni?q=STREAMING+" + employer.toUpperCase()).json().path("total").asLong())
			.as("headline words, whatever the case").isEqualTo(1);

		assertThat(reader.api().get("/api/v1/alumni/" + listed.personId()).json().path("profile").path("employer").asString())
			.isEqualTo(employer + " GmbH");
		ApiClient.Response hidden = reader.api().get("/api/v1/alumni/" + unlisted.personId());
		assertThat(hidden.status()).as("an unlisted alumnus does not exist for other alumni").isEqualTo(404);
		assertThat(hidden.code()).isEqualTo("alumni.directory.notFound");
		assertThat(unlisted.api().get("/api/v1/alumni/" + unlisted.personId()).status()).as("but for themselves")
			.isEqualTo(200);

		DirectoryPeople.Member lead = d.staff(Role.TALENT_LEAD);
		JsonNode all = lead.api().get("/api/v1/alumni?q=" + employer).json();
		assertThat(all.path("total").asLong()).as("the lead sees listed and unlisted").isEqualTo(2);
		assertThat(all.path("items").get(0).path("tier").asString()).isEqualTo("CONNECTED");
		assertThat(lead.api().get("/api/v1/alumni?q=" + employer + "&tier=ENGAGED").json().path("total").asLong())
			.isZero();
		assertThat(lead.api().get("/api/v1/alumni?q=" + employer + "&tier=CONNECTED").json().path("total").asLong())
			.isEqualTo(2);
	}

	@Test
	void withdrawnConsentLeavesTheAlumniDirectoryAtOnce() {
		DirectoryPeople d = directory();
		String employer = word();
		DirectoryPeople.Member alex = d.alumnus();
		DirectoryPeople.Member reader = d.alumnus();
		DirectoryPeople.Member noConsent = d.alumnus(false);
		save(alex, employer, "Consultant", "Advising retailers", true);
		save(noConsent, employer, "Consultant", "Never agreed to contact", true);
		assertThat(reader.api().get("/api/v1/alumni?q=" + employer).json().path("total").asLong())
			.as("listed without consent is not shown").isEqualTo(1);

		this.register.changeConsent(alex.actor(), null);

		assertThat(reader.api().get("/api/v1/alumni?q=" + employer).json().path("total").asLong()).isZero();
		assertThat(reader.api().get("/api/v1/alumni/" + alex.personId()).status()).isEqualTo(404);
		JsonNode own = alex.api().get(PROFILE).json();
		assertThat(own.path("listed").asBoolean()).isTrue();
		assertThat(own.path("contactable").asBoolean()).isFalse();
		DirectoryPeople.Member lead = d.staff(Role.TALENT_LEAD);
		JsonNode forLead = lead.api().get("/api/v1/alumni?q=" + employer).json();
		assertThat(forLead.path("total").asLong()).as("the lead still sees them").isEqualTo(2);
		assertThat(forLead.path("items").get(0).path("contactable").asBoolean()).isFalse();
		assertThat(forLead.path("items").get(0).path("tier").asString()).isEqualTo("ELIGIBLE");
	}

	@Test
	void managersTalentsAndAdministratorsSeeNothingOfIt() {
		DirectoryPeople d = directory();
		DirectoryPeople.Member alex = d.alumnus();
		save(alex, word(), "Consultant", "Listed", true);
		for (ApiClient api : new ApiClient[] { d.staff(Role.MANAGER, Role.TALENT).api(), d.staff(Role.TALENT).api(),
				ApiClient.as(this.port, "admin", "demo") }) {
			assertThat(api.get("/api/v1/alumni").status()).isEqualTo(403);
			assertThat(api.get("/api/v1/alumni/" + alex.personId()).status()).isIn(403, 404);
			assertThat(api.get(PROFILE).status()).isEqualTo(403);
			assertThat(api.post("/api/v1/alumni/" + alex.personId() + "/interactions",
					"{\"kind\":\"EVENT\",\"occurredOn\":\"" + LocalDate.now(this.clock) + "\",\"summary\":\"x\"}")
				.status()).isEqualTo(403);
			assertThat(api.put("/api/v1/alumni/" + alex.personId() + "/distinguished", "{\"distinguished\":true}").status())
				.isEqualTo(403);
		}
		assertThat(alex.api().post("/api/v1/alumni/" + alex.personId() + "/interactions",
				"{\"kind\":\"COLLABORATION\",\"occurredOn\":\"" + LocalDate.now(this.clock) + "\",\"summary\":\"x\"}")
			.status()).as("an alumnus does not manage relations").isEqualTo(403);
	}

	@Test
	void badPagingBadFiltersAndBadProfilesAreRefusedWithProblems() {
		DirectoryPeople d = directory();
		DirectoryPeople.Member alex = d.alumnus();
		ApiClient api = alex.api();
		assertThat(api.get("/api/v1/alumni?page=-1").code()).isEqualTo("alumni.directory.paging.page");
		ApiClient.Response size = api.get("/api/v1/alumni?size=500");
		assertThat(size.status()).isEqualTo(400);
		assertThat(size.isProblem()).isTrue();
		assertThat(size.code()).isEqualTo("alumni.directory.paging.size");
		assertThat(api.get("/api/v1/alumni?size=0").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/alumni?page=abc").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/alumni?tier=ENGAGED").code()).isEqualTo("alumni.directory.tier.leadOnly");
		assertThat(d.staff(Role.TALENT_LEAD).api().get("/api/v1/alumni?tier=GOLD").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/alumni?q=" + "a".repeat(201)).code()).isEqualTo("alumni.directory.search.tooLong");
		assertThat(api.get("/api/v1/alumni/not-a-uuid").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/alumni/" + UUID.randomUUID()).status()).isEqualTo(404);

		long version = api.get(PROFILE).json().path("version").asLong();
		ApiClient.Response linkedin = api.put(PROFILE,
				"{\"linkedinUrl\":\"http://evil.example/x\",\"listed\":true,\"version\":" + version + "}");
		assertThat(linkedin.status()).isEqualTo(400);
		assertThat(linkedin.isProblem()).isTrue();
		ApiClient.Response tooLong = api.put(PROFILE,
				"{\"employer\":\"" + "x".repeat(121) + "\",\"listed\":true,\"version\":" + version + "}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(api.put(PROFILE, "{\"listed\":true}").status()).as("the version is required").isEqualTo(400);
		assertThat(api.put(PROFILE, "{\"listed\":true,\"version\":" + (version + 7) + "}").status())
			.as("a stale version").isEqualTo(409);
		assertThat(api.get(PROFILE).json().path("listed").asBoolean()).as("nothing stored").isFalse();
	}

	@Test
	void theTalentLeadRecordsInteractionsMarksAReferralHiredAndInvitesToTheDistinguishedTier() {
		DirectoryPeople d = directory();
		DirectoryPeople.Member alex = d.alumnus();
		ApiClient lead = d.staff(Role.TALENT_LEAD).api();
		String today = LocalDate.now(this.clock).toString();
		ApiClient.Response collaboration = lead.post("/api/v1/alumni/" + alex.personId() + "/interactions",
				"{\"kind\":\"COLLABORATION\",\"occurredOn\":\"" + today
						+ "\",\"summary\":\"Data audit for our retail arm\",\"valueCents\":1200000}");
		assertThat(collaboration.status()).as(collaboration.body()).isEqualTo(201);
		assertThat(collaboration.json().path("valueCents").asLong()).isEqualTo(1200000);
		ApiClient.Response referral = lead.post("/api/v1/alumni/" + alex.personId() + "/interactions",
				"{\"kind\":\"REFERRAL\",\"occurredOn\":\"" + today + "\",\"summary\":\"Referred a backend engineer\"}");
		String referralId = referral.json().path("id").asString();
		assertThat(lead.post("/api/v1/alumni/interactions/" + referralId + "/hired", "").status()).isEqualTo(204);
		ApiClient.Response future = lead.post("/api/v1/alumni/" + alex.personId() + "/interactions",
				"{\"kind\":\"EVENT\",\"occurredOn\":\"2999-01-01\",\"summary\":\"Too soon\"}");
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.code()).isEqualTo("alumni.register.interaction.future");

		JsonNode full = lead.get("/api/v1/alumni/" + alex.personId()).json();
		assertThat(full.path("record").path("tier").asString()).isEqualTo("ENGAGED");
		assertThat(full.path("interactions")).hasSize(2);
		assertThat(full.path("interactions").findValuesAsString("kind")).contains("REFERRAL", "COLLABORATION");
		assertThat(full.path("interactions").toString()).contains("\"hired\":true");

		JsonNode distinguished = lead.put("/api/v1/alumni/" + alex.personId() + "/distinguished",
				"{\"distinguished\":true}").json();
		assertThat(distinguished.path("record").path("tier").asString()).isEqualTo("DISTINGUISHED");
		assertThat(this.jdbc.sql("select count(*) from notification where kind = 'alumni.directory.distinguished' and link = '/portal/profile'")
			.query(Long.class).single()).isPositive();
		assertThat(lead.put("/api/v1/alumni/" + alex.personId() + "/distinguished", "{\"distinguished\":false}").json()
			.path("record").path("tier").asString()).isEqualTo("ENGAGED");
		assertThat(lead.put("/api/v1/alumni/" + alex.personId() + "/distinguished", "{}").status()).isEqualTo(400);
		assertThat(lead.put("/api/v1/alumni/" + UUID.randomUUID() + "/distinguished", "{\"distinguished\":true}").status())
			.isEqualTo(404);
	}

	@Test
	void erasingAnAlumnusDeletesTheirProfile() {
		DirectoryPeople d = directory();
		String employer = word();
		DirectoryPeople.Member alex = d.alumnus();
		save(alex, employer, "Consultant", "Erase me", true, "Pricing");
		this.people.erase(PeopleTestActors.HR, alex.personId());
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select count(*) from alumni_profile where person_id = ?")
				.param(alex.personId())
				.query(Long.class)
				.single() == 0);
		assertThat(this.jdbc.sql("select count(*) from alumni_profile where search_text like ?")
			.param("%" + employer + "%").query(Long.class).single()).isZero();
	}

}
