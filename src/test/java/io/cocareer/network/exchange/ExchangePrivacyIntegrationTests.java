package io.cocareer.network.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cocareer.network.exchange.ExchangePeople.ITEMS;
import static io.cocareer.network.exchange.ExchangePeople.MATCHES;
import static io.cocareer.network.exchange.ExchangePeople.accept;
import static io.cocareer.network.exchange.ExchangePeople.done;
import static io.cocareer.network.exchange.ExchangePeople.item;
import static io.cocareer.network.exchange.ExchangePeople.post;
import static io.cocareer.network.exchange.ExchangePeople.propose;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open item is every staff member's to read; a match (who with whom, its outcome) only its two
 * sides'; administrators and alumni read nothing of the exchange, through pages or the API; the
 * audit log holds no item's words. Leaving withdraws a person's open items; erasure removes theirs.
 */
@IntegrationTest
class ExchangePrivacyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void openItemsAreEveryonesAndAMatchWithItsOutcomeIsTheTwoSidesAlone() {
		ExchangePeople staff = new ExchangePeople(this.port, this.people, this.accounts);
		ExchangePeople.Member manager = staff.hire(null, Role.MANAGER, Role.TALENT);
		ExchangePeople.Member asker = staff.hire(manager.personId(), Role.TALENT);
		ExchangePeople.Member giver = staff.hire(null, Role.TALENT);
		ExchangePeople.Member bystander = staff.hire(null, Role.TALENT);
		String secret = "Secret outcome " + UUID.randomUUID().toString().substring(0, 8);
		String words = "Private words " + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> body = item("REQUEST", "SUPPORT", "Someone who has been through a reorganisation");
		body.put("description", words);
		String request = post(asker.api(), body);
		String offer = post(giver.api(), item("OFFER", "SUPPORT", "I have been through two"));

		// open: everyone taking part reads it, on the API and the page
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		for (ApiClient reader : List.of(bystander.api(), manager.api(), lead, ApiClient.as(this.port, "manager", "demo"))) {
			assertThat(reader.get(ITEMS + "/" + request).status()).isEqualTo(200);
		}
		assertThat(bystander.session().get("/network/exchange/items/" + request).body()).contains(words);

		String match = propose(giver.api(), request, offer);
		assertThat(accept(asker.api(), match).status()).isEqualTo(200);
		assertThat(done(asker.api(), match, secret).status()).isEqualTo(200);

		// the two sides read the match and its outcome
		assertThat(asker.api().get(MATCHES + "/" + match).body()).contains(secret);
		assertThat(giver.api().get(MATCHES + "/" + match).body()).contains(secret);
		assertThat(giver.session().get("/network/exchange/matches/" + match).body()).contains(secret);
		assertThat(giver.session().get("/network/exchange").body()).contains(secret);
		// nobody else: another talent, the asker's manager, the talent lead (not the organisation's item)
		for (ExchangePeople.Member other : List.of(bystander, manager)) {
			assertThat(other.api().get(MATCHES + "/" + match).status()).isEqualTo(404);
			assertThat(other.api().get(ITEMS + "/" + request).status()).as("a done item is no longer on the marketplace")
				.isEqualTo(404);
			assertThat(other.api().get(MATCHES).body()).doesNotContain(secret, match);
			assertThat(other.session().get("/network/exchange/matches/" + match).status()).isEqualTo(404);
			assertThat(other.session().get("/network/exchange").body()).doesNotContain(secret);
			assertThat(other.api().post(MATCHES + "/" + match + "/decline", "{\"version\": 0}").status()).isEqualTo(404);
		}
		assertThat(lead.get(MATCHES + "/" + match).status()).isEqualTo(404);
		assertThat(WebSession.signIn(this.port, "lead").get("/network/exchange").body()).doesNotContain(secret);

		// administrators and alumni: nothing, anywhere
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		ApiClient alumnus = ApiClient.as(this.port, "alumnus", "demo");
		for (ApiClient refused : List.of(admin, alumnus)) {
			assertThat(refused.get(ITEMS).status()).isEqualTo(403);
			assertThat(refused.get(ITEMS + "/" + offer).status()).isEqualTo(403);
			assertThat(refused.get(MATCHES + "/" + match).status()).isEqualTo(403);
			assertThat(refused.post(ITEMS, ExchangePeople.json(item("OFFER", "ADVICE", "Admin advice"))).status())
				.isEqualTo(403);
		}
		for (String user : List.of("admin", "alumnus")) {
			WebSession session = WebSession.signIn(this.port, user);
			assertThat(session.get("/network/exchange").status()).isEqualTo(403);
			assertThat(session.get("/network/exchange/new").status()).isEqualTo(403);
			assertThat(session.get("/network/exchange/matches/" + match).status()).isEqualTo(403);
		}
		assertThat(WebSession.signIn(this.port, "alumnus").get("/network").body()).doesNotContain("exchange-card");

		// the audit log says what happened, never the words
		String audit = admin.get("/api/v1/admin/audit?size=200").body();
		assertThat(audit).contains("resource exchange").doesNotContain(secret, words, "reorganisation");
		assertThat(lead.get("/api/v1/admin/audit?size=200").body()).doesNotContain(secret, words);
	}

	@Test
	void theOrganisationsMatchesAreReadByTheTalentLeads() {
		ExchangePeople staff = new ExchangePeople(this.port, this.people, this.accounts);
		ApiClient postingLead = staff.hire(null, Role.TALENT_LEAD).api();
		ExchangePeople.Member talent = staff.hire(null, Role.TALENT);
		ExchangePeople.Member bystander = staff.hire(null, Role.TALENT);
		Map<String, Object> speakers = item("REQUEST", "KNOWLEDGE", "Speakers for the tech talks");
		speakers.put("fromOrganisation", true);
		String request = post(postingLead, speakers);
		String offer = post(talent.api(), item("OFFER", "KNOWLEDGE", "A talk on testing"));
		String match = propose(talent.api(), request, offer);

		assertThat(ApiClient.as(this.port, "lead", "demo").get(MATCHES + "/" + match).json().path("awaitsYou").asBoolean())
			.as("every talent lead answers for the organisation").isTrue();
		assertThat(bystander.api().get(MATCHES + "/" + match).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("""
				select count(*) from notification n join account a on a.id = n.account_id
				where n.kind = 'network.exchange.proposed' and a.username = 'lead' and n.link = ?""")
			.param("/network/exchange/items/" + request).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aLeaversOpenItemsAreWithdrawnAndAnErasedPersonsItemsAndMatchesGo() {
		ExchangePeople staff = new ExchangePeople(this.port, this.people, this.accounts);
		ExchangePeople.Member leaver = staff.hire(null, Role.TALENT);
		ExchangePeople.Member colleague = staff.hire(null, Role.TALENT);
		String open = post(leaver.api(), item("OFFER", "KNOWLEDGE", "Excel tricks"));
		String agreedOffer = post(leaver.api(), item("OFFER", "ADVICE", "CV review"));
		String colleaguesRequest = post(colleague.api(), item("REQUEST", "ADVICE", "Someone to review my CV"));
		String colleaguesOther = post(colleague.api(), item("REQUEST", "KNOWLEDGE", "Excel help"));
		String proposal = propose(colleague.api(), open, colleaguesOther);
		String agreed = propose(leaver.api(), colleaguesRequest, agreedOffer);
		assertThat(accept(colleague.api(), agreed).status()).isEqualTo(200);

		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		assertThat(lead.post("/api/v1/people/" + leaver.personId() + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved abroad\"}".formatted(LocalDate.now())).status()).isEqualTo(200);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(state(open)).isEqualTo("WITHDRAWN");
			assertThat(matchState(proposal)).isEqualTo("CANCELLED");
		});
		assertThat(state(agreedOffer)).as("an agreed exchange stays for the other side").isEqualTo("MATCHED");

		assertThat(lead.post("/api/v1/people/" + leaver.personId() + "/erasure", "").status()).isEqualTo(200);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(this.jdbc.sql("select count(*) from network_exchange_item where owner_id = ?")
				.param(leaver.personId()).query(Long.class).single()).isZero();
			assertThat(this.jdbc.sql("select count(*) from network_exchange_match where id in (?, ?)")
				.params(UUID.fromString(proposal), UUID.fromString(agreed)).query(Long.class).single()).isZero();
		});
		assertThat(state(colleaguesRequest)).as("an exchange agreed with the erased will not happen: open again")
			.isEqualTo("OPEN");
		assertThat(colleague.api().get(MATCHES).body()).doesNotContain(agreed);
	}

	private String state(String itemId) {
		return this.jdbc.sql("select state from network_exchange_item where id = ?").param(UUID.fromString(itemId))
			.query(String.class).single();
	}

	private String matchState(String matchId) {
		return this.jdbc.sql("select state from network_exchange_match where id = ?").param(UUID.fromString(matchId))
			.query(String.class).single();
	}

}
