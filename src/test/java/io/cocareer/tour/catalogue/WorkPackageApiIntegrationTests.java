package io.cocareer.tour.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.TourFixtures;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WorkPackageApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void leadCreatesADraftPackage() {
		Map<String, Object> request = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager"));

		ApiClient.Response created = lead().post("/api/v1/work-packages", TourFixtures.json(request));

		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(created.location()).isEqualTo("/api/v1/work-packages/" + body.path("id").asString());
		assertThat(body.path("status").asString()).isEqualTo("DRAFT");
		assertThat(body.path("title").asString()).isEqualTo(request.get("title"));
		assertThat(body.path("sponsorName").asString()).isEqualTo("Marco Rossi");
		assertThat(body.path("createdBy").asString()).isEqualTo("Hannah Berger");
		assertThat(body.path("qualities").path("weak").asBoolean()).isFalse();
		assertThat(body.path("qualities").path("mean").asDouble()).isEqualTo(4.0);
		assertThat(body.path("competencies").get(0).path("level").asInt()).isEqualTo(3);
		assertThat(body.path("nextStatuses").toString()).contains("OPEN", "CLOSED");

		JsonNode audit = lead().get("/api/v1/admin/audit?subject=" + body.path("id").asString()).json().path("items");
		assertThat(audit.get(0).path("action").asString()).isEqualTo("tour.package.created");
		assertThat(audit.get(0).path("actor").asString()).isEqualTo("lead");
	}

	@Test
	void managerCreatesAPackageTheyThenEdit() {
		UUID id = create(manager(), TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "lead")));

		Map<String, Object> change = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "lead"));
		change.put("title", "Renamed by its creator");
		change.put("version", manager().get("/api/v1/work-packages/" + id).json().path("version").asLong());
		ApiClient.Response updated = manager().put("/api/v1/work-packages/" + id, TourFixtures.json(change));

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("title").asString()).isEqualTo("Renamed by its creator");
	}

	@Test
	void talentCannotCreateAPackage() {
		ApiClient.Response refused = talent().post("/api/v1/work-packages",
				TourFixtures.json(TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager"))));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.code()).isEqualTo("tour.denied.createPackage");
	}

	@Test
	void aDraftIsInvisibleToATalentUntilItIsOpened() {
		UUID id = create(lead(), TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager")));

		ApiClient.Response hidden = talent().get("/api/v1/work-packages/" + id);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.code()).isEqualTo("tour.package.notFound");
		assertThat(ids(talent().get("/api/v1/work-packages?size=200").json())).doesNotContain(id);
		// nor does another manager see someone else's draft
		assertThat(manager().get("/api/v1/work-packages/" + id).status()).isEqualTo(404);

		assertThat(status(lead(), id, "OPEN").status()).isEqualTo(200);

		ApiClient.Response visible = talent().get("/api/v1/work-packages/" + id);
		assertThat(visible.status()).isEqualTo(200);
		assertThat(visible.json().path("status").asString()).isEqualTo("OPEN");
		assertThat(visible.json().path("interested").isNull()).isTrue();
		assertThat(ids(talent().get("/api/v1/work-packages?status=OPEN&size=200").json())).contains(id);
	}

	@Test
	void aTalentExpressesInterestOnceAndTheLeadSeesIt() {
		UUID id = openPackage();
		UUID tara = TourFixtures.personOf(this.port, "talent");

		ApiClient.Response first = talent().post("/api/v1/work-packages/" + id + "/interest",
				TourFixtures.json(Map.of("note", "I ran our last onboarding cohort")));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().path("myInterest").path("note").asString()).isEqualTo("I ran our last onboarding cohort");

		ApiClient.Response second = talent().post("/api/v1/work-packages/" + id + "/interest", "");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.code()).isEqualTo("tour.interest.already");

		JsonNode seenByLead = lead().get("/api/v1/work-packages/" + id).json();
		assertThat(seenByLead.path("interestCount").asLong()).isEqualTo(1);
		assertThat(seenByLead.path("interested").get(0).path("personId").asString()).isEqualTo(tara.toString());
		assertThat(seenByLead.path("interested").get(0).path("name").asString()).isEqualTo("Tara Nguyen");
	}

	@Test
	void interestCanBeWithdrawnOnce() {
		UUID id = openPackage();
		talent().post("/api/v1/work-packages/" + id + "/interest", "");

		assertThat(talent().delete("/api/v1/work-packages/" + id + "/interest").status()).isEqualTo(204);
		ApiClient.Response again = talent().delete("/api/v1/work-packages/" + id + "/interest");
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.code()).isEqualTo("tour.interest.notFound");
		assertThat(lead().get("/api/v1/work-packages/" + id).json().path("interestCount").asLong()).isZero();
	}

	@Test
	void interestIsOnlyForOpenPackages() {
		UUID id = openPackage();
		assertThat(status(lead(), id, "STAFFED").status()).isEqualTo(200);

		ApiClient.Response refused = talent().post("/api/v1/work-packages/" + id + "/interest", "");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("tour.interest.notOpen");
	}

	@Test
	void thePackageGoesThroughItsLifecycleAndRefusesIllegalMoves() {
		UUID id = create(lead(), TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager")));

		ApiClient.Response skipped = status(lead(), id, "STAFFED");
		assertThat(skipped.status()).isEqualTo(409);
		assertThat(skipped.code()).isEqualTo("tour.package.illegalTransition");
		assertThat(skipped.json().path("detail").asString()).isEqualTo("A work package that is Draft cannot become Staffed.");

		assertThat(status(lead(), id, "OPEN").json().path("status").asString()).isEqualTo("OPEN");
		assertThat(status(lead(), id, "STAFFED").json().path("status").asString()).isEqualTo("STAFFED");
		assertThat(status(lead(), id, "CLOSED").json().path("status").asString()).isEqualTo("CLOSED");

		ApiClient.Response reopened = status(lead(), id, "OPEN");
		assertThat(reopened.status()).isEqualTo(409);
		assertThat(reopened.code()).isEqualTo("tour.package.illegalTransition");
	}

	@Test
	void aManagerChangesOnlyPackagesTheyCreatedOrSponsor() {
		// created by the lead, sponsored by the lead: the manager may read it once open, not change it
		UUID notTheirs = create(lead(), TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "lead")));
		status(lead(), notTheirs, "OPEN");
		ApiClient.Response refused = status(manager(), notTheirs, "STAFFED");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("tour.denied.notYourPackage");
		assertThat(manager().get("/api/v1/work-packages/" + notTheirs).json().path("interested").isNull()).isTrue();

		// created by the lead, sponsored by the manager: the manager manages it
		UUID sponsored = create(lead(), TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager")));
		status(lead(), sponsored, "OPEN");
		assertThat(status(manager(), sponsored, "STAFFED").status()).isEqualTo(200);
		assertThat(manager().get("/api/v1/work-packages/" + sponsored).json().path("interested").isArray()).isTrue();
	}

	@Test
	void aPackageWithALowRatingIsFlaggedWeakAndCanBeFilteredOn() {
		Map<String, Object> request = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager"));
		request.put("qualities", TourFixtures.qualities(4, 4, 5, 2));
		UUID weak = create(lead(), request);
		UUID strong = create(lead(), TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager")));

		JsonNode quality = lead().get("/api/v1/work-packages/" + weak).json().path("qualities");
		assertThat(quality.path("weak").asBoolean()).isTrue();
		assertThat(quality.path("lowQualities").toString()).isEqualTo("[\"VISIBLE\"]");
		assertThat(quality.path("mean").asDouble()).isEqualTo(3.75);

		assertThat(ids(lead().get("/api/v1/work-packages?weak=true&size=200").json())).contains(weak).doesNotContain(strong);
		assertThat(ids(lead().get("/api/v1/work-packages?weak=false&size=200").json())).contains(strong).doesNotContain(weak);
	}

	@Test
	void theCatalogueFindsPackagesByWordsOfTheirTitleTakingPercentAndUnderscoreLiterally() {
		String tag = Long.toString(System.nanoTime(), 36);
		Map<String, Object> literal = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager"));
		literal.put("title", "Pricing 100% remote_" + tag);
		UUID percent = create(lead(), literal);
		Map<String, Object> other = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager"));
		other.put("title", "Pricing 1000 remoteX" + tag);
		UUID plain = create(lead(), other);

		assertThat(ids(lead().get("/api/v1/work-packages?size=200&q=PRICING%20100%25%20REMOTE_" + tag).json()))
			.containsExactly(percent);
		assertThat(ids(lead().get("/api/v1/work-packages?size=200&q=remote_" + tag).json())).containsExactly(percent);
		assertThat(ids(lead().get("/api/v1/work-packages?size=200&q=" + tag).json())).containsExactlyInAnyOrder(percent,
				plain);
	}

	@Test
	void invalidFieldsAreRefusedWithTheFieldsNamed() {
		Map<String, Object> request = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager"));
		request.put("seats", 0);
		request.put("timeShare", 120);
		request.remove("title");

		ApiClient.Response refused = lead().post("/api/v1/work-packages", TourFixtures.json(request));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(fields(refused)).contains("seats", "timeShare", "title");
	}

	@Test
	void aPackageMustEndAfterItStarts() {
		Map<String, Object> request = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager"));
		request.put("endOn", LocalDate.now().toString());

		ApiClient.Response refused = lead().post("/api/v1/work-packages", TourFixtures.json(request));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("tour.package.endAfterStart");
		assertThat(fields(refused)).containsExactly("endOn");
	}

	@Test
	void anUnknownSponsorIsAFieldError() {
		ApiClient.Response refused = lead().post("/api/v1/work-packages",
				TourFixtures.json(TourFixtures.aPackage(this.port, "NOBODY-1")));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("tour.package.unknownSponsor");
		assertThat(fields(refused)).containsExactly("sponsorEmployeeId");
	}

	@Test
	void aSaveBasedOnAStaleVersionIsRefused() {
		Map<String, Object> request = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager"));
		UUID id = create(lead(), request);
		long version = lead().get("/api/v1/work-packages/" + id).json().path("version").asLong();
		request.put("version", version);
		assertThat(lead().put("/api/v1/work-packages/" + id, TourFixtures.json(request)).status()).isEqualTo(200);

		request.put("title", "A change made without seeing the other one");
		ApiClient.Response stale = lead().put("/api/v1/work-packages/" + id, TourFixtures.json(request));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("shared.conflict.stale");
	}

	private UUID openPackage() {
		UUID id = create(lead(), TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager")));
		status(lead(), id, "OPEN");
		return id;
	}

	private UUID create(ApiClient client, Map<String, Object> request) {
		ApiClient.Response created = client.post("/api/v1/work-packages", TourFixtures.json(request));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

	private ApiClient.Response status(ApiClient client, UUID id, String status) {
		return TourFixtures.packageStatus(this.port, client, id, status);
	}

	private static List<UUID> ids(JsonNode page) {
		List<UUID> ids = new ArrayList<>();
		page.path("items").forEach((item) -> ids.add(UUID.fromString(item.path("id").asString())));
		return ids;
	}

	private static List<String> fields(ApiClient.Response response) {
		List<String> fields = new ArrayList<>();
		response.json().path("errors").forEach((error) -> fields.add(error.path("field").asString()));
		return fields;
	}

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

	private ApiClient manager() {
		return ApiClient.as(this.port, "manager", "demo");
	}

	private ApiClient talent() {
		return ApiClient.as(this.port, "talent", "demo");
	}

}
