package io.cocareer.tour;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.tracking.CheckInService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Tour notices arrive in the notification inbox of the people they are for, as readable text. */
@IntegrationTest
class TourNotificationsIntegrationTests {

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

	@Autowired
	CheckInService checkIns;

	@Test
	void aCheckInDueReachesTalentAndManagerInTheirInboxOnce() {
		TourTeam team = TourTeam.hire(this.port, this.people, this.accounts);
		UUID id = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours);
		LocalDate start = this.tourRepository.findById(id).orElseThrow().startOn();
		String title = this.tourRepository.findById(id).orElseThrow().title();

		this.checkIns.remindDueCheckIns(start.plusDays(15));
		this.checkIns.remindDueCheckIns(start.plusDays(16));

		for (TourTeam.Member user : new TourTeam.Member[] { team.talent(), team.manager() }) {
			JsonNode items = ApiClient.as(this.port, user.username(), TourTeam.PASSWORD)
				.get("/api/v1/notifications?size=100")
				.json()
				.path("items");
			long about = 0;
			for (JsonNode item : items) {
				if (item.path("link").asString().equals("/tours/" + id + "/check-ins")) {
					about++;
					assertThat(item.path("text").asString()).contains(title).doesNotContain("notice.tour");
					assertThat(item.path("unread").asBoolean()).isTrue();
				}
			}
			assertThat(about).as("one check-in-due notification for " + user.name()).isEqualTo(1);
		}
		// nobody else: not the lead, nor the demo's manager and talent
		for (String other : new String[] { "lead", "manager", "talent" }) {
			JsonNode inbox = ApiClient.as(this.port, other, "demo").get("/api/v1/notifications?size=100").json();
			assertThat(inbox.toString()).as(other).doesNotContain("/tours/" + id + "/check-ins");
		}
	}

}
