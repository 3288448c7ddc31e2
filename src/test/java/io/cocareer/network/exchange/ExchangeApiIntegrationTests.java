package io.cocareer.network.exchange;

import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cocareer.network.exchange.ExchangePeople.ITEMS;
import static io.cocareer.network.exchange.ExchangePeople.MATCHES;
import static io.cocareer.network.exchange.ExchangePeople.accept;
import static io.cocareer.network.exchange.ExchangePeople.done;
import static io.cocareer.network.exchange.ExchangePeople.item;
import static io.cocareer.network.exchange.ExchangePeople.json;
import static io.cocareer.network.exchange.ExchangePeople.post;
import static io.cocareer.network.exchange.ExchangePeople.propose;
import static io.cocareer.network.exchange.ExchangePeople.version;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource exchange over the API: the marketplace flow from an offer and a request to an
 * exchange done, and every bad request refused with problem+json and nothing stored. Each test
 * hires its own people.
 */
@IntegrationTest
class ExchangeApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	private ExchangePeople staff() {
		return new ExchangePeople(this.port, this.people, this.accounts);
	}

	@Test
	void aRequestMeetsAnOfferIsAgreedAndRecordedAsDone() {
		ExchangePeople staff = staff();
		ApiClient asker = staff.hire(null, Role.TALENT).api();
		ApiClient giver = staff.hire(null, Role.TALENT, Role.MANAGER).api();
		String request = post(asker, item("REQUEST", "INTRODUCTION", "Meet a product manager"));
		String offer = post(giver, item("OFFER", "INTRODUCTION", "I know a product manager"));

		JsonNode posted = asker.get(ITEMS + "/" + request).json();
		assertThat(posted.path("type").asString()).as("an introduction is instrumental by default").isEqualTo("INSTRUMENTAL");
		assertThat(posted.path("state").asString()).isEqualTo("OPEN");
		assertThat(posted.path("mine").asBoolean()).isTrue();
		assertThat(giver.get(ITEMS + "?direction=REQUEST&kind=INTRODUCTION&size=200").body()).contains(request);

		// the owner of the offer answers the request by proposing their offer
		String match = propose(giver, request, offer);
		JsonNode proposed = asker.get(MATCHES + "/" + match).json();
		assertThat(proposed.path("state").asString()).isEqualTo("PROPOSED");
		assertThat(proposed.path("awaitsYou").asBoolean()).isTrue();
		assertThat(giver.get(MATCHES + "/" + match).json().path("awaitsYou").asBoolean()).isFalse();
		assertThat(asker.get("/api/v1/network/exchange/summary").json().path("matchesWaiting").asLong()).isEqualTo(1);
		ApiClient.Response ownAccept = accept(giver, match);
		assertThat(ownAccept.status()).isEqualTo(409);
		assertThat(ownAccept.code()).isEqualTo("network.exchange.match.awaitsOtherSide");

		ApiClient.Response accepted = accept(asker, match);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().path("state").asString()).isEqualTo("AGREED");
		assertThat(asker.get(ITEMS + "/" + request).json().path("state").asString()).isEqualTo("MATCHED");
		assertThat(giver.get(ITEMS + "?size=200").body()).as("a matched item is no longer open").doesNotContain(request, offer);
		assertThat(this.jdbc.sql("select count(*) from notification where kind = 'network.exchange.agreed' and link = ?")
			.param("/network/exchange/items/" + request).query(Long.class).single()).isEqualTo(1);

		ApiClient.Response recorded = done(giver, match, "We had coffee; she showed me their roadmap process.");
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().path("state").asString()).isEqualTo("DONE");
		assertThat(recorded.json().path("outcome").asString()).startsWith("We had coffee");
		assertThat(recorded.json().path("doneOn").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(asker.get(ITEMS + "/" + offer).json().path("state").asString())
			.as("the other side of a done exchange still reads the item").isEqualTo("DONE");
		JsonNode summary = asker.get("/api/v1/network/exchange/summary").json();
		assertThat(summary.path("done").asLong()).isEqualTo(1);
		assertThat(summary.path("exchangesDone").asLong()).isPositive();
		ApiClient.Response again = done(asker, match, "Twice");
		assertThat(again.code()).isEqualTo("network.exchange.match.notAgreed");
	}

	@Test
	void theOwnerOfARequestPicksAnOfferOfTheOrganisationAndAnyTalentLeadAccepts() {
		ExchangePeople staff = staff();
		ApiClient lead = staff.hire(null, Role.TALENT_LEAD).api();
		ApiClient otherLead = staff.hire(null, Role.TALENT_LEAD).api();
		ApiClient talent = staff.hire(null, Role.TALENT).api();
		Map<String, Object> tickets = item("OFFER", "EVENTS_AND_TICKETS", "Two conference tickets");
		tickets.put("fromOrganisation", true);
		tickets.put("type", "PSYCHOSOCIAL");
		tickets.put("until", LocalDate.now().plusDays(10).toString());
		String offer = post(lead, tickets);
		JsonNode posted = talent.get(ITEMS + "/" + offer).json();
		assertThat(posted.path("fromOrganisation").asBoolean()).isTrue();
		assertThat(posted.path("postedBy").isNull()).isTrue();
		assertThat(posted.path("type").asString()).as("the poster may change the type").isEqualTo("PSYCHOSOCIAL");
		assertThat(talent.get(ITEMS + "?source=ORGANISATION&size=200").body()).contains(offer);
		assertThat(talent.get(ITEMS + "?source=COLLEAGUES&size=200").body()).doesNotContain(offer);

		String request = post(talent, item("REQUEST", "EVENTS_AND_TICKETS", "A ticket to a data conference"));
		String match = propose(talent, offer, request);
		assertThat(accept(otherLead, match).json().path("state").asString())
			.as("the organisation's side is every talent lead").isEqualTo("AGREED");
	}

	@Test
	void anItemIsChangedWithTheVersionReadAndWithdrawnByItsOwner() {
		ExchangePeople staff = staff();
		ApiClient owner = staff.hire(null, Role.TALENT).api();
		ApiClient other = staff.hire(null, Role.TALENT).api();
		String id = post(owner, item("OFFER", "ADVICE", "Advice on public speaking"));
		long version = owner.get(ITEMS + "/" + id).json().path("version").asLong();
		Map<String, Object> change = Map.of("kind", "SUPPORT", "title", "Support before a big talk", "version", version);

		ApiClient.Response changed = owner.put(ITEMS + "/" + id, json(change));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().path("type").asString()).isEqualTo("PSYCHOSOCIAL");
		assertThat(changed.json().path("direction").asString()).isEqualTo("OFFER");
		ApiClient.Response stale = owner.put(ITEMS + "/" + id, json(change));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("shared.conflict.stale");
		assertThat(other.put(ITEMS + "/" + id, json(Map.of("kind", "SUPPORT", "title", "Mine now", "version", version + 1)))
			.status()).isEqualTo(404);
		assertThat(other.delete(ITEMS + "/" + id).status()).isEqualTo(404);

		assertThat(owner.delete(ITEMS + "/" + id).status()).isEqualTo(204);
		assertThat(owner.get(ITEMS + "/" + id).json().path("state").asString()).isEqualTo("WITHDRAWN");
		assertThat(other.get(ITEMS + "/" + id).status()).as("a withdrawn item is its owner's alone").isEqualTo(404);
		assertThat(owner.delete(ITEMS + "/" + id).code()).isEqualTo("network.exchange.item.notOpen");
		assertThat(owner.get(ITEMS + "?mine=true").body()).contains(id);
	}

	@Test
	void badItemsAreRefusedWithProblemsAndNothingIsStored() {
		ExchangePeople staff = staff();
		ExchangePeople.Member member = staff.hire(null, Role.TALENT);
		ApiClient talent = member.api();

		ApiClient.Response unknownKind = talent.post(ITEMS, json(item("OFFER", "FREE_LUNCH", "Lunch")));
		assertThat(unknownKind.status()).isEqualTo(400);
		assertThat(unknownKind.isProblem()).isTrue();
		assertThat(unknownKind.json().path("errors").get(0).path("field").asString()).isEqualTo("kind");

		ApiClient.Response blank = talent.post(ITEMS, json(item("OFFER", "KNOWLEDGE", "   ")));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.code()).isEqualTo("network.exchange.item.titleRequired");
		assertThat(blank.json().path("errors").get(0).path("field").asString()).isEqualTo("title");

		ApiClient.Response noTitle = talent.post(ITEMS, json(Map.of("direction", "OFFER", "kind", "KNOWLEDGE")));
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.isProblem()).isTrue();

		Map<String, Object> past = item("REQUEST", "ADVICE", "Yesterday's advice");
		past.put("until", LocalDate.now().minusDays(1).toString());
		assertThat(talent.post(ITEMS, json(past)).code()).isEqualTo("network.exchange.item.untilPast");

		Map<String, Object> organisation = item("OFFER", "KNOWLEDGE", "Pretending to be the organisation");
		organisation.put("fromOrganisation", true);
		ApiClient.Response notALead = talent.post(ITEMS, json(organisation));
		assertThat(notALead.status()).isEqualTo(400);
		assertThat(notALead.code()).isEqualTo("network.exchange.item.organisationForLeads");

		assertThat(talent.post(ITEMS, "{not json").status()).isEqualTo(400);
		assertThat(talent.get(ITEMS + "?kind=FREE_LUNCH").status()).isEqualTo(400);
		assertThat(talent.get(ITEMS + "/not-a-uuid").status()).isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from network_exchange_item where owner_id = ?")
			.param(member.personId()).query(Long.class).single()).isZero();
	}

	@Test
	void badMatchesAreRefusedWithProblems() {
		ExchangePeople staff = staff();
		ApiClient one = staff.hire(null, Role.TALENT).api();
		ApiClient two = staff.hire(null, Role.TALENT).api();
		String myOffer = post(one, item("OFFER", "KNOWLEDGE", "SQL basics"));
		String myRequest = post(one, item("REQUEST", "KNOWLEDGE", "Statistics basics"));
		String theirOffer = post(two, item("OFFER", "KNOWLEDGE", "Statistics crash course"));
		String theirRequest = post(two, item("REQUEST", "KNOWLEDGE", "Learn SQL"));

		ApiClient.Response offerToOffer = one.post(ITEMS + "/" + theirOffer + "/matches", json(Map.of("itemId", myOffer)));
		assertThat(offerToOffer.status()).isEqualTo(400);
		assertThat(offerToOffer.code()).isEqualTo("network.exchange.match.sameDirection");

		ApiClient.Response ownItems = one.post(ITEMS + "/" + myRequest + "/matches", json(Map.of("itemId", myOffer)));
		assertThat(ownItems.status()).isEqualTo(409);
		assertThat(ownItems.code()).isEqualTo("network.exchange.match.ownItems");

		ApiClient.Response notMine = one.post(ITEMS + "/" + theirRequest + "/matches", json(Map.of("itemId", theirOffer)));
		assertThat(notMine.code()).isEqualTo("network.exchange.match.notYourItem");
		assertThat(one.post(ITEMS + "/" + theirRequest + "/matches", "{}").status()).isEqualTo(400);

		String proposal = propose(one, theirRequest, myOffer);
		assertThat(one.post(ITEMS + "/" + theirRequest + "/matches", json(Map.of("itemId", myOffer))).code())
			.isEqualTo("network.exchange.match.duplicate");
		ApiClient.Response early = done(one, proposal, "Done before agreed");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.code()).isEqualTo("network.exchange.match.notAgreed");
		ApiClient.Response staleAccept = two.post(MATCHES + "/" + proposal + "/accept", json(Map.of("version", 99)));
		assertThat(staleAccept.code()).isEqualTo("shared.conflict.stale");
		assertThat(two.post(MATCHES + "/" + proposal + "/accept", "{}").status()).isEqualTo(400);

		assertThat(two.delete(ITEMS + "/" + theirOffer).status()).isEqualTo(204);
		ApiClient.Response withdrawn = one.post(ITEMS + "/" + theirOffer + "/matches", json(Map.of("itemId", myRequest)));
		assertThat(withdrawn.status()).as("a withdrawn item is gone for the others").isEqualTo(404);
		ApiClient.Response ownWithdrawn = two.post(ITEMS + "/" + myRequest + "/matches", json(Map.of("itemId", theirOffer)));
		assertThat(ownWithdrawn.code()).isEqualTo("network.exchange.match.notOpen");

		// the request's owner withdraws it: the proposal on it is cancelled and cannot be accepted
		assertThat(two.delete(ITEMS + "/" + theirRequest).status()).isEqualTo(204);
		assertThat(one.get(MATCHES + "/" + proposal).json().path("state").asString()).isEqualTo("CANCELLED");
		assertThat(accept(two, proposal).code()).isEqualTo("network.exchange.match.notProposed");

		ApiClient.Response blankOutcome = agreedAndDone(staff, "  ");
		assertThat(blankOutcome.status()).isEqualTo(400);
		assertThat(blankOutcome.code()).isEqualTo("network.exchange.done.outcomeRequired");
	}

	@Test
	void aMatchedItemIsNotWithdrawnUntilTheMatchIsCalledOff() {
		ExchangePeople staff = staff();
		ApiClient one = staff.hire(null, Role.TALENT).api();
		ApiClient two = staff.hire(null, Role.TALENT).api();
		ApiClient three = staff.hire(null, Role.TALENT).api();
		String offer = post(one, item("OFFER", "SUPPORT", "A listening ear"));
		String request = post(two, item("REQUEST", "SUPPORT", "Someone to talk to"));
		String rivalRequest = post(three, item("REQUEST", "SUPPORT", "Someone to talk to as well"));
		String match = propose(one, request, offer);
		String rival = propose(one, rivalRequest, offer);
		assertThat(accept(two, match).status()).isEqualTo(200);
		assertThat(one.get(MATCHES + "/" + rival).json().path("state").asString())
			.as("the other proposals of a matched offer end").isEqualTo("CANCELLED");

		assertThat(one.delete(ITEMS + "/" + offer).code()).isEqualTo("network.exchange.item.matched");
		String another = post(two, item("REQUEST", "SUPPORT", "And again next month"));
		ApiClient.Response toMatched = two.post(ITEMS + "/" + offer + "/matches", json(Map.of("itemId", another)));
		assertThat(toMatched.status()).as("the other side still reads the matched offer, and cannot match it again")
			.isEqualTo(409);
		assertThat(toMatched.code()).isEqualTo("network.exchange.match.notOpen");
		assertThat(three.get(ITEMS + "/" + offer).status()).as("a matched item is gone for everyone else").isEqualTo(404);
		ApiClient.Response calledOff = one.post(MATCHES + "/" + match + "/decline",
				json(Map.of("version", version(one, match))));
		assertThat(calledOff.json().path("state").asString()).isEqualTo("DECLINED");
		assertThat(one.get(ITEMS + "/" + offer).json().path("state").asString()).isEqualTo("OPEN");
		assertThat(one.delete(ITEMS + "/" + offer).status()).isEqualTo(204);
	}

	private ApiClient.Response agreedAndDone(ExchangePeople staff, String outcome) {
		ApiClient one = staff.hire(null, Role.TALENT).api();
		ApiClient two = staff.hire(null, Role.TALENT).api();
		String match = propose(one, post(two, item("REQUEST", "ADVICE", "Advice")), post(one, item("OFFER", "ADVICE", "Advice given")));
		assertThat(accept(two, match).status()).isEqualTo(200);
		return done(one, match, outcome);
	}

	static List<String> ids(JsonNode page) {
		return page.path("items").valueStream().map((n) -> n.path("id").asString()).toList();
	}

}
