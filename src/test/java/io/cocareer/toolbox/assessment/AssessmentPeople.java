package io.cocareer.toolbox.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkPeople;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.WebSession;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.pool.DesignationTerms;
import io.cocareer.talent.pool.TalentPoolService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People with accounts hired for one assessment test, talents designated into the pool, and the
 * API calls the tests share: a centre set up with two exercises and two competencies.
 */
record AssessmentPeople(int port, PeopleService people, AccountService accounts, TalentPoolService pool,
		CompetencyCatalogue catalogue) {

	static final String PASSWORD = "assessment-test-1";

	static final String API = "/api/v1/toolbox/assessment";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A person (reporting to the manager, if given) with an account holding the roles. */
	Member hire(UUID managerId, Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "as", PASSWORD, managerId, roles);
		return new Member(this.port, hired.personId(), hired.employeeId(), hired.name(), hired.username(),
				Set.of(roles));
	}

	/** A talent of the pool (reporting to the manager, if given). */
	Member talent(Member lead, UUID managerId) {
		Member talent = hire(managerId, Role.TALENT);
		this.pool.designate(lead.actor(), talent.personId(), new DesignationTerms(DesignationReason.LONG_TERM_POTENTIAL,
				"Strong delivery", LocalDate.now().plusMonths(6), 2, 3));
		return talent;
	}

	/** Two competencies of the catalogue. */
	List<UUID> competencies() {
		return this.catalogue.competencies().stream().limit(2).map((c) -> c.id()).toList();
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	static Map<String, Object> body(Object... pairs) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			body.put((String) pairs[i], pairs[i + 1]);
		}
		return body;
	}

	/**
	 * A centre with two exercises (the first observes both competencies, the second only the
	 * second), the participants and the assessors; answers its id.
	 */
	Centre setUp(ApiClient lead, List<Member> participants, List<Member> assessors) {
		return setUp(lead, participants, assessors, LocalDate.now());
	}

	/** As {@link #setUp(ApiClient, List, List)}, the centre held on the day. */
	Centre setUp(ApiClient lead, List<Member> participants, List<Member> assessors, LocalDate heldOn) {
		ApiClient.Response created = lead.post(API + "/centres", json(body("title", "Leadership centre",
				"heldOn", heldOn.toString(), "purpose", "Ready for a first leadership role?")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		String inTray = exercise(lead, id, "In-tray", "IN_TRAY");
		String rolePlay = exercise(lead, id, "Role play", "ROLE_PLAY");
		List<UUID> competencies = competencies();
		for (UUID competency : competencies) {
			assertThat(lead.post(API + "/centres/" + id + "/competencies", json(body("competencyId", competency)))
				.status()).isEqualTo(200);
		}
		observe(lead, id, inTray, competencies.get(0));
		observe(lead, id, inTray, competencies.get(1));
		observe(lead, id, rolePlay, competencies.get(1));
		for (Member assessor : assessors) {
			ApiClient.Response added = lead.post(API + "/centres/" + id + "/assessors",
					json(body("personId", assessor.personId())));
			assertThat(added.status()).as(added.body()).isEqualTo(200);
		}
		for (Member participant : participants) {
			ApiClient.Response added = lead.post(API + "/centres/" + id + "/participants",
					json(body("personId", participant.personId())));
			assertThat(added.status()).as(added.body()).isEqualTo(200);
		}
		return new Centre(id, inTray, rolePlay, competencies.get(0), competencies.get(1));
	}

	private static String exercise(ApiClient lead, String id, String name, String kind) {
		ApiClient.Response added = lead.post(API + "/centres/" + id + "/exercises",
				json(body("name", name, "kind", kind, "description", name + " of the centre")));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		return added.location().replaceFirst(".*/exercises/", "");
	}

	private static void observe(ApiClient lead, String id, String exercise, UUID competency) {
		ApiClient.Response saved = lead.put(API + "/centres/" + id + "/matrix",
				json(body("exerciseId", exercise, "competencyId", competency, "observes", true)));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	/** A whole sheet: both competencies in the in-tray, the second in the role play. */
	static String sheet(Centre centre, int first, int second, int third) {
		return json(body("ratings", List.of(
				body("exerciseId", centre.inTray(), "competencyId", centre.first(), "rating", first, "evidence",
						"Prioritised the inbox well"),
				body("exerciseId", centre.inTray(), "competencyId", centre.second(), "rating", second, "evidence",
						"Wrote clear replies"),
				body("exerciseId", centre.rolePlay(), "competencyId", centre.second(), "rating", third, "evidence",
						"Calmed the client down"))));
	}

	static String consensus(Centre centre, Integer first, Integer second, long version) {
		return json(body("consensus",
				List.of(body("competencyId", centre.first(), "rating", first, "rationale", "Agreed on the in-tray"),
						body("competencyId", centre.second(), "rating", second, "rationale",
								(second != null) ? "Steady in both" : null)),
				"developmentSuggestions", "Lead a cross-team project", "version", version));
	}

	record Centre(String id, String inTray, String rolePlay, UUID first, UUID second) {

	}

	record Member(int port, UUID personId, String employeeId, String name, String username, Set<Role> roles) {

		ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

		WebSession session() {
			return WebSession.signIn(this.port, this.username, PASSWORD);
		}

		Actor actor() {
			return new Actor(AccountId.of(UUID.randomUUID()), this.username, PersonId.of(this.personId), this.name,
					this.roles);
		}

	}

}
