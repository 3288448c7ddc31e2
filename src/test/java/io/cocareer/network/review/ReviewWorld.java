package io.cocareer.network.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.SupportFunction;
import io.cocareer.network.map.NetworkService;
import io.cocareer.network.map.SaveDeveloper;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.SavePerson;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.pool.DesignationTerms;
import io.cocareer.talent.pool.TalentPoolService;

/** Units of a review test's own, with talents of the pool who keep maps built as the test says. */
record ReviewWorld(PeopleService people, TalentPoolService pool, NetworkService network) {

	/** A unit of the test's own, under no other. */
	UUID unit(String name) {
		String key = Long.toString(System.nanoTime(), 36).toUpperCase();
		return this.people.createUnit(PeopleTestActors.HR, "R" + key, name + " " + key, null);
	}

	/** A person of the unit (not a talent). */
	UUID person(UUID unit) {
		String key = Long.toString(System.nanoTime(), 36);
		return this.people.create(PeopleTestActors.HR, new SavePerson("RV" + key, "Rev", "Person " + key,
				"review." + key + "@test.cocareer.io", "Analyst", unit, null, LocalDate.of(2020, 1, 6)));
	}

	/** A talent of the unit, designated for this reason. */
	Talent talent(UUID unit, DesignationReason reason) {
		UUID id = person(unit);
		this.pool.designate(PeopleTestActors.HR, id, new DesignationTerms(reason, "Review test", LocalDate.now().plusMonths(6),
				2, 2));
		Actor actor = new Actor(null, "review-" + id, PersonId.of(id), "Review talent", Set.of(Role.TALENT));
		return new Talent(id, actor);
	}

	/** Talents of the unit with maps of {@code external} external and 2 internal developers (colleagues of {@code colleagues}). */
	List<Talent> talents(int count, UUID unit, DesignationReason reason, int external, UUID... named) {
		List<Talent> talents = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Talent talent = talent(unit, reason);
			for (UUID person : named) {
				this.network.addDeveloper(talent.actor(), new SaveDeveloper(PersonId.of(person), null, null,
						Arena.CURRENT_EMPLOYER, DeveloperRole.MENTOR, 4, ContactFrequency.MONTHLY, LocalDate.now().minusDays(9),
						EnumSet.of(SupportFunction.COACHING, SupportFunction.SPONSORSHIP)));
			}
			for (int e = 0; e < external; e++) {
				this.network.addDeveloper(talent.actor(), new SaveDeveloper(null, "Outside " + e, "Elsewhere " + i,
						(e % 2 == 0) ? Arena.EDUCATION : Arena.PRIOR_EMPLOYER, DeveloperRole.PEER, 2 + e % 3,
						ContactFrequency.QUARTERLY, LocalDate.now().minusMonths(e), EnumSet.of(SupportFunction.FRIENDSHIP)));
			}
			talents.add(talent);
		}
		return talents;
	}

	record Talent(UUID id, Actor actor) {

	}

}
