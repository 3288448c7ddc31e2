package io.cocareer.tour.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.SqlStatementCounter;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue is filtered, paged and counted by the database, the visibility rule included (a
 * draft only for its creator and the talent lead), with a number of statements that does not grow
 * with the catalogue.
 */
@IntegrationTest
class WorkPackageCatalogueIntegrationTests {

	private static final int BOUND = 15;

	/** The page also reads the bell's unread count and the talent's committed tours (for availability). */
	private static final int PAGE_BOUND = BOUND + 2;

	@LocalServerPort
	int port;

	@Autowired
	SqlStatementCounter statements;

	@Test
	void aDraftIsListedForItsCreatorAndTheLeadOnly() {
		UUID leads = create(as("lead"), TourFixtures.aPackage(this.port, employeeId("manager")));
		UUID managers = create(as("manager"), TourFixtures.aPackage(this.port, employeeId("manager")));

		assertThat(ids(as("lead"), "?status=DRAFT&size=200")).contains(leads, managers);
		assertThat(ids(as("manager"), "?status=DRAFT&size=200")).contains(managers).doesNotContain(leads);
		assertThat(ids(as("manager"), "?size=200")).contains(managers).doesNotContain(leads);
		assertThat(ids(as("talent"), "?status=DRAFT&size=200")).isEmpty();
		assertThat(ids(as("talent"), "?size=200")).doesNotContain(leads, managers);
	}

	@Test
	void theFiltersCombineAndTheTotalCountsWhatMatches() {
		JsonNode units = as("lead").get("/api/v1/units").json();
		UUID unit = UUID.fromString(units.get(units.size() - 1).path("id").asString());
		Map<String, Object> request = TourFixtures.aPackage(this.port, employeeId("manager"));
		request.put("unitId", unit.toString());
		request.put("tourType", "FOUNDATIONAL");
		request.put("qualities", TourFixtures.qualities(2, 4, 4, 4));
		UUID weakFoundational = create(as("lead"), request);
		UUID strongFoundational = create(as("lead"), withType(TourFixtures.aPackage(this.port, employeeId("manager")),
				unit, "FOUNDATIONAL"));

		JsonNode page = as("lead")
			.get("/api/v1/work-packages?status=DRAFT&unitId=" + unit + "&tourType=FOUNDATIONAL&weak=true&size=200")
			.json();

		assertThat(ids(page)).contains(weakFoundational).doesNotContain(strongFoundational);
		assertThat(page.path("total").asLong()).isEqualTo(page.path("items").size());
		page.path("items").forEach((item) -> {
			assertThat(item.path("weak").asBoolean()).isTrue();
			assertThat(item.path("status").asString()).isEqualTo("DRAFT");
			assertThat(item.path("unitId").asString()).isEqualTo(unit.toString());
			assertThat(item.path("tourType").asString()).isEqualTo("FOUNDATIONAL");
		});
	}

	@Test
	void pagesFollowEachOtherWithoutOverlapSoonestFirst() {
		ApiClient lead = as("lead");
		for (int i = 0; i < 4; i++) {
			create(lead, TourFixtures.aPackage(this.port, employeeId("manager")));
		}
		JsonNode all = lead.get("/api/v1/work-packages?size=200").json();
		long total = all.path("total").asLong();
		List<UUID> paged = new ArrayList<>();
		List<String> starts = new ArrayList<>();
		for (int page = 0; page * 3 < Math.min(total, 200); page++) {
			JsonNode items = lead.get("/api/v1/work-packages?size=3&page=" + page).json();
			assertThat(items.path("total").asLong()).isEqualTo(total);
			items.path("items").forEach((item) -> {
				paged.add(UUID.fromString(item.path("id").asString()));
				starts.add(item.path("startOn").asString());
			});
		}

		assertThat(new HashSet<>(paged)).hasSize(paged.size());
		assertThat(paged.subList(0, (int) Math.min(total, 200))).containsExactlyElementsOf(ids(all));
		assertThat(starts).isSorted();
	}

	@Test
	void aPageFarBeyondTheCatalogueIsEmptyWithTheTotal() {
		JsonNode page = as("lead").get("/api/v1/work-packages?size=200&page=2147483647").json();

		assertThat(page.path("items").size()).isZero();
		assertThat(page.path("total").asLong()).isPositive();
	}

	@Test
	void theCatalogueNeedsTheSameStatementsWhenItGrows() throws Exception {
		ApiClient lead = as("lead");
		WebSession talent = WebSession.signIn(this.port, "talent");
		// full pages before and after (a first page that holds everything needs no count query); the
		// talent's page ranks her suggestions whether or not the first page shows one
		int visible = (int) as("talent").get("/api/v1/work-packages?size=1").json().path("total").asLong();
		for (int i = visible; i < 26; i++) {
			openFarAway(lead);
		}

		long apiBefore = this.statements
			.ofOneCall(() -> assertThat(lead.get("/api/v1/work-packages?size=2").status()).isEqualTo(200));
		long filteredBefore = this.statements.ofOneCall(() -> assertThat(
				lead.get("/api/v1/work-packages?size=2&status=OPEN&tourType=TRANSFORMATIONAL&weak=false").status())
			.isEqualTo(200));
		long pageBefore = this.statements
			.ofOneCall(() -> assertThat(talent.get("/tours/packages").body()).contains("package-cards"));
		for (int i = 0; i < 10; i++) {
			openFarAway(lead);
		}
		long apiAfter = this.statements
			.ofOneCall(() -> assertThat(lead.get("/api/v1/work-packages?size=2").status()).isEqualTo(200));
		long filteredAfter = this.statements.ofOneCall(() -> assertThat(
				lead.get("/api/v1/work-packages?size=2&status=OPEN&tourType=TRANSFORMATIONAL&weak=false").status())
			.isEqualTo(200));
		long pageAfter = this.statements
			.ofOneCall(() -> assertThat(talent.get("/tours/packages").body()).contains("package-cards"));

		assertThat(apiAfter).as("catalogue API statements %s", this.statements.statements()).isEqualTo(apiBefore);
		assertThat(filteredAfter).isEqualTo(filteredBefore);
		assertThat(apiAfter).isLessThanOrEqualTo(BOUND);
		assertThat(pageAfter).as("catalogue page statements (with a talent's suggestions) %s",
				this.statements.statements()).isEqualTo(pageBefore);
		assertThat(pageAfter).isLessThanOrEqualTo(PAGE_BOUND);
	}

	/**
	 * An open package starting in 2090 (last in the catalogue) that needs a high level of a
	 * competency Tara lacks: it changes neither the first page nor her suggestions, which other
	 * tests count.
	 */
	private void openFarAway(ApiClient lead) {
		Map<String, Object> request = TourFixtures.aPackage(this.port, employeeId("manager"));
		request.put("startOn", LocalDate.of(2090, 1, 1).toString());
		request.put("endOn", LocalDate.of(2090, 6, 1).toString());
		request.put("title", "Far away " + Long.toString(System.nanoTime(), 36));
		request.put("description", "Quarterly ledger reconciliation.");
		request.put("expectedResults", "Ledgers reconciled.");
		request.put("competencies", List.of(Map.of("competencyId", competencyTaraLacks().toString(), "level", 5)));
		UUID id = create(lead, request);
		ApiClient.Response opened = TourFixtures.packageStatus(this.port, lead, id, "OPEN");
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
	}

	private UUID competencyTaraLacks() {
		UUID tara = TourFixtures.personOf(this.port, "talent");
		Set<String> hers = new HashSet<>();
		as("lead").get("/api/v1/talents/" + tara + "/profile")
			.json()
			.path("competencies")
			.forEach((c) -> hers.add(c.path("competencyId").asString()));
		for (JsonNode competency : as("lead").get("/api/v1/competencies").json()) {
			if (!hers.contains(competency.path("id").asString())) {
				return UUID.fromString(competency.path("id").asString());
			}
		}
		throw new IllegalStateException("Tara holds every competency of the catalogue");
	}

	private static Map<String, Object> withType(Map<String, Object> request, UUID unit, String tourType) {
		request.put("unitId", unit.toString());
		request.put("tourType", tourType);
		return request;
	}

	private UUID create(ApiClient client, Map<String, Object> request) {
		ApiClient.Response created = client.post("/api/v1/work-packages", TourFixtures.json(request));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

	private String employeeId(String username) {
		return TourFixtures.employeeIdOf(this.port, username);
	}

	private static List<UUID> ids(ApiClient client, String query) {
		return ids(client.get("/api/v1/work-packages" + query).json());
	}

	private static List<UUID> ids(JsonNode page) {
		List<UUID> ids = new ArrayList<>();
		page.path("items").forEach((item) -> ids.add(UUID.fromString(item.path("id").asString())));
		return ids;
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

}
