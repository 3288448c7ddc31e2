package io.cocareer.tour.matching;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.TourActivation;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching counts the share of the week a talent's running tours already take (DOMAIN §5.3). */
@IntegrationTest
class MatchingAvailabilityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tours;

	@Test
	void aRunningTourAt80PercentLeavesTaraHalfAvailableForA40PercentPackage() {
		LocalDate start = TourFixtures.freshWindow();
		Map<String, Object> request = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager"));
		request.put("startOn", start.toString());
		request.put("endOn", start.plusMonths(6).toString());
		ApiClient manager = ApiClient.as(this.port, "manager", "demo");
		UUID packageId = UUID.fromString(manager.post("/api/v1/work-packages", TourFixtures.json(request)).json().path("id").asString());
		TourFixtures.packageStatus(this.port, manager, packageId, "OPEN");
		UUID tara = TourFixtures.personOf(this.port, "talent");
		try {
			assertThat(availabilityOf(tara, packageId)).isEqualTo(1.0);

			Map<String, Object> tour = new LinkedHashMap<>();
			tour.put("talentId", tara.toString());
			tour.put("title", "A big running tour");
			tour.put("tourType", "ROTATIONAL");
			tour.put("startOn", start.plusMonths(1).toString());
			tour.put("endOn", start.plusMonths(3).toString());
			tour.put("timeShare", 80);
			UUID running = UUID.fromString(manager.post("/api/v1/tours", TourFixtures.json(tour)).json().path("id").asString());
			TourActivation.activate(this.transactions, this.tourRepository, this.tours, running);

			// 20 % of her week is free while the package asks for 40 %
			assertThat(availabilityOf(tara, packageId)).isEqualTo(0.5);
			JsonNode candidates = ApiClient.as(this.port, "lead", "demo")
				.get("/api/v1/work-packages/" + packageId + "/candidates?limit=100")
				.json();
			for (JsonNode candidate : candidates) {
				if (candidate.path("personId").asString().equals(tara.toString())) {
					assertThat(candidate.path("components").path("availability").asDouble()).isEqualTo(0.5);
				}
			}
		}
		finally {
			TourFixtures.closePackage(this.port, packageId);
		}
	}

	private double availabilityOf(UUID personId, UUID packageId) {
		JsonNode matches = ApiClient.as(this.port, "talent", "demo")
			.get("/api/v1/work-packages/matches?personId=" + personId + "&limit=100")
			.json();
		for (JsonNode match : matches) {
			if (match.path("packageId").asString().equals(packageId.toString())) {
				return match.path("components").path("availability").asDouble();
			}
		}
		throw new AssertionError("The package is not among Tara's matches");
	}

}
