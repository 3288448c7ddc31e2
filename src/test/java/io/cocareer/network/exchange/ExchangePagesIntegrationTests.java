package io.cocareer.network.exchange;

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
 * The marketplace in pages: post an offer and a request (a bad form shows every error next to its
 * field), propose, accept and record the exchange as done; the card on the network page counts it.
 */
@IntegrationTest
class ExchangePagesIntegrationTests {

	private static final Pattern ITEM = Pattern.compile("/network/exchange/items/([0-9a-f-]{36})");

	private static final Pattern MATCH = Pattern.compile("/network/exchange/matches/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void postProposeAcceptAndRecordAnExchangeInThePages() {
		ExchangePeople staff = new ExchangePeople(this.port, this.people, this.accounts);
		WebSession asker = staff.hire(null, Role.TALENT).session();
		WebSession giver = staff.hire(null, Role.TALENT).session();

		WebSession.Page form = asker.get("/network/exchange/new?direction=REQUEST");
		assertThat(form.status()).isEqualTo(200);
		WebSession.Page refused = asker.post("/network/exchange/items", form,
				Map.of("direction", "REQUEST", "kind", "", "title", " ", "until", "2001-01-01"));
		assertThat(refused.status()).as("the form comes back with its errors").isEqualTo(200);
		assertThat(refused.body()).contains("Choose what kind of resource it is.", "Give it a title.")
			.contains("is-invalid");

		WebSession.Page posted = asker.post("/network/exchange/items", form,
				Map.of("direction", "REQUEST", "kind", "ADVICE", "title", "How to negotiate a raise", "type", ""));
		assertThat(posted.status()).isEqualTo(302);
		String request = id(ITEM, posted.location());
		WebSession.Page page = asker.get("/network/exchange/items/" + request);
		assertThat(page.body()).contains("How to negotiate a raise", "Instrumental (career)", "Withdraw");

		WebSession.Page offerForm = giver.get("/network/exchange/new?direction=OFFER");
		String offer = id(ITEM, giver.post("/network/exchange/items", offerForm,
				Map.of("direction", "OFFER", "kind", "ADVICE", "title", "Negotiation tips from a former recruiter")).location());
		WebSession.Page market = giver.get("/network/exchange?direction=REQUEST&kind=ADVICE");
		assertThat(market.body()).contains("How to negotiate a raise");
		assertThat(giver.get("/network/exchange?direction=OFFER").body()).doesNotContain("How to negotiate a raise");

		WebSession.Page theirs = giver.get("/network/exchange/items/" + request);
		assertThat(theirs.body()).contains("Answer this request with one of your offers", "Negotiation tips")
			.doesNotContain("Withdraw");
		WebSession.Page empty = giver.post("/network/exchange/items/" + request + "/matches", theirs, Map.of("itemId", ""));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("Choose one of your offers or requests.");
		WebSession.Page proposed = giver.post("/network/exchange/items/" + request + "/matches", theirs, Map.of("itemId", offer));
		assertThat(proposed.status()).isEqualTo(302);
		String match = id(MATCH, proposed.location());

		assertThat(asker.get("/network").body()).contains("exchange-card", "1 match waiting for you.");
		WebSession.Page waiting = asker.get("/network/exchange/matches/" + match);
		assertThat(waiting.body()).contains("Waiting for your answer", "Accept");
		String version = version(waiting.body());
		WebSession.Page accepted = asker.post("/network/exchange/matches/" + match + "/accept", waiting, Map.of("version", version));
		assertThat(accepted.status()).isEqualTo(302);
		assertThat(asker.get(java.net.URI.create(accepted.location()).getPath()).body()).contains("Agreed: both sides are told.");
		WebSession.Page stale = asker.post("/network/exchange/matches/" + match + "/accept", waiting, Map.of("version", version));
		assertThat(stale.status()).isEqualTo(302);
		assertThat(asker.get(java.net.URI.create(stale.location()).getPath()).body()).as("a second accept is refused above the page")
			.contains("id=\"problem\"");

		WebSession.Page agreed = giver.get("/network/exchange/matches/" + match);
		assertThat(agreed.body()).contains("Agreed", "Record as done");
		WebSession.Page blank = giver.post("/network/exchange/matches/" + match + "/done", agreed,
				Map.of("outcome", "", "doneOn", "2999-01-01", "version", version(agreed.body())));
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).contains("Say in a few words what came of it.");
		WebSession.Page future = giver.post("/network/exchange/matches/" + match + "/done", agreed,
				Map.of("outcome", "Good talk", "doneOn", "2999-01-01", "version", version(agreed.body())));
		assertThat(future.body()).contains("The exchange cannot be done in the future.");
		WebSession.Page recorded = giver.post("/network/exchange/matches/" + match + "/done", agreed,
				Map.of("outcome", "Asked for 8 % and got 6 %", "doneOn", "", "version", version(agreed.body())));
		assertThat(recorded.status()).isEqualTo(302);

		WebSession.Page done = asker.get("/network/exchange");
		assertThat(done.body()).contains("exchanges-done", "Asked for 8 % and got 6 %");
	}

	private static String id(Pattern pattern, String location) {
		Matcher matcher = pattern.matcher(location);
		assertThat(matcher.find()).as(location).isTrue();
		return matcher.group(1);
	}

	private static String version(String body) {
		Matcher matcher = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*name=\"version\"").matcher(body);
		assertThat(matcher.find()).isTrue();
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

}
