package io.cocareer.tour.tracking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.cocareer.support.ApiClient;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTeam;

/** Tours for the tracking tests: a team's tour, from a package sponsored by whom the test says. */
public final class TrackingFixtures {

	private TrackingFixtures() {
	}

	public static String employeeIdOf(int port, String username, String password) {
		return ApiClient.as(port, username, password).get("/api/v1/me").json().path("person").path("employeeId").asString();
	}

	/** The team's manager proposes a tour for the team's talent from a fresh package they sponsor. */
	public static UUID tourFor(TourTeam team) {
		return tourFor(team, team.manager().employeeId());
	}

	/**
	 * The team's manager proposes a tour for the team's talent from a fresh open package with this
	 * sponsor, over six months from {@link TourFixtures#PAST_START}: check-ins are dated on days
	 * that have come.
	 */
	public static UUID tourFor(TourTeam team, String sponsorEmployeeId) {
		ApiClient manager = team.managerApi();
		ApiClient.Response pkg = manager.post("/api/v1/work-packages",
				TourFixtures.json(TourFixtures.aPackage(team.port(), sponsorEmployeeId)));
		if (pkg.status() != 201) {
			throw new IllegalStateException("Could not create a package: " + pkg.body());
		}
		UUID packageId = UUID.fromString(pkg.json().path("id").asString());
		TourFixtures.packageStatus(team.port(), manager, packageId, "OPEN");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("talentId", team.talent().personId().toString());
		body.put("workPackageId", packageId.toString());
		body.put("startOn", TourFixtures.PAST_START.toString());
		body.put("endOn", TourFixtures.PAST_START.plusMonths(6).toString());
		body.put("timeShare", 40);
		ApiClient.Response created = manager.post("/api/v1/tours", TourFixtures.json(body));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not propose a tour: " + created.body());
		}
		return UUID.fromString(created.json().path("id").asString());
	}

	public static Map<String, Object> checkIn(LocalDate on, int progress, String status, String note) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heldOn", on.toString());
		body.put("progress", progress);
		body.put("status", status);
		body.put("milestones", java.util.List.of(Map.of("text", "Prototype shown", "done", true),
				Map.of("text", "Pilot with two teams", "done", false)));
		body.put("note", note);
		return body;
	}

}
