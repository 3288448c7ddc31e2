package io.cocareer.toolbox.mentoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.SavePerson;
import io.cocareer.people.UnitView;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.WebSession;

/** People with accounts hired for one mentoring test, in the unit and with the hire date asked for. */
record MentoringPeople(int port, PeopleService people, AccountService accounts) {

	static final String PASSWORD = "mentoring-test-1";

	static final String API = "/api/v1/toolbox/mentoring";

	static final LocalDate HIRED = LocalDate.of(2020, 1, 6);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A person of the first unit, hired on {@link #HIRED}, reporting to the manager if given. */
	Member hire(UUID managerId, Role... roles) {
		return hire(0, HIRED, managerId, roles);
	}

	/** A person of the unit (by index among the organisation's units) hired on the day. */
	Member hire(int unit, LocalDate hired, UUID managerId, Role... roles) {
		String key = Long.toString(System.nanoTime(), 36);
		List<UnitView> units = this.people.units(PeopleTestActors.HR);
		UUID unitId = units.get(unit % units.size()).id();
		UUID personId = this.people.create(PeopleTestActors.HR, new SavePerson("MT" + key.toUpperCase(Locale.ROOT),
				"Mia", "Tester " + key, "mt." + key + "@test.cocareer.io", "Analyst", unitId, managerId, hired));
		String username = "mt" + key;
		String name = "Mia Tester " + key;
		UUID account = this.accounts.create(username, PASSWORD, personId, name, Set.of(roles));
		return new Member(this.port, personId, "MT" + key.toUpperCase(Locale.ROOT), name, username,
				new Actor(AccountId.of(account), username, PersonId.of(personId), name, Set.of(roles)));
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

	record Member(int port, UUID personId, String employeeId, String name, String username, Actor actor) {

		ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

		WebSession session() {
			return WebSession.signIn(this.port, this.username, PASSWORD);
		}

	}

}
