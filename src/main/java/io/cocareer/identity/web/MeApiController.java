package io.cocareer.identity.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

	private final PeopleService people;

	MeApiController(PeopleService people) {
		this.people = people;
	}

	@GetMapping
	MeResponse me(Actor actor) {
		PersonView person = (actor.personId() != null) ? this.people.find(actor.personId()).orElse(null) : null;
		return new MeResponse(actor.accountId(), actor.username(), actor.displayName(),
				actor.roles().stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new)),
				(person != null) ? new MeResponse.Person(person.id(), person.employeeId(), person.fullName(),
						person.email(), person.title(), person.unitName(), person.managerId(), person.managerName())
						: null);
	}

	record MeResponse(UUID accountId, String username, String displayName, Set<String> roles, Person person) {

		record Person(UUID id, String employeeId, String name, String email, String title, String unit, UUID managerId,
				String managerName) {

		}

	}

}
