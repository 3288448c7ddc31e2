package io.cocareer.tour;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.internal.TourRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Scheduling coaching names the coach with the person picker; a coach nobody is shows next to that field. */
@IntegrationTest
class CoachPickerPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tours;

	@Test
	void anUnknownCoachIsShownNextToTheCoachFieldOfThatSessionWithWhatWasTyped() {
		TourTeam team = TourTeam.hire(this.port, this.people, this.accounts);
		UUID tourId = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours);
		String sessionId = team.talentApi()
			.post("/api/v1/tours/" + tourId + "/coaching", TourFixtures.json(Map.of("topic", "Negotiation")))
			.json()
			.path("id")
			.asString();
		WebSession manager = team.managerSession();
		WebSession.Page page = manager.get("/tours/" + tourId + "/check-ins");
		assertThat(page.body()).contains("id=\"coach-" + sessionId + "\"", "role=\"combobox\"");

		WebSession.Page refused = manager.post("/tours/coaching/" + sessionId + "/schedule", page,
				Map.of("coachEmployeeId", "Nobody Atall", "scheduledAt", "2031-03-01T10:00", "version", "0"));
		assertThat(refused.status()).isEqualTo(302);
		String shown = manager.get("/tours/" + tourId + "/check-ins").body();

		assertThat(shown).contains("id=\"coach-" + sessionId + "-errors\"", "Nobody is known as “Nobody Atall”",
				"value=\"Nobody Atall\"");
		assertThat(shown).doesNotContain("id=\"problem\"");
	}

}
