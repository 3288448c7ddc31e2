package io.cocareer.tour;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
	PlatformTransactionManager transactions;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tours;

	@Autowired
	CheckInService checkIns;

	@Test
	void aCheckInDueReachesTalentAndManagerInTheirInboxOnce() {
		UUID id = TourActivation.activeTourForTara(this.port, this.transactions, this.tourRepository, this.tours);
		LocalDate start = this.tourRepository.findById(id).orElseThrow().startOn();
		String title = this.tourRepository.findById(id).orElseThrow().title();

		this.checkIns.remindDueCheckIns(start.plusDays(15));
		this.checkIns.remindDueCheckIns(start.plusDays(16));

		for (String user : new String[] { "talent", "manager" }) {
			JsonNode items = ApiClient.as(this.port, user, "demo").get("/api/v1/notifications?size=100").json().path("items");
			long about = 0;
			for (JsonNode item : items) {
				if (item.path("link").asString().equals("/tours/" + id + "/check-ins")) {
					about++;
					assertThat(item.path("text").asString()).contains(title).doesNotContain("notice.tour");
					assertThat(item.path("unread").asBoolean()).isTrue();
				}
			}
			assertThat(about).as("one check-in-due notification for " + user).isEqualTo(1);
		}
		JsonNode lead = ApiClient.as(this.port, "lead", "demo").get("/api/v1/notifications?size=100").json();
		assertThat(lead.toString()).doesNotContain("/tours/" + id + "/check-ins");
	}

}
