package io.cocareer.network.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.PoolFilter;
import io.cocareer.talent.TalentPool;

import org.springframework.stereotype.Component;

/**
 * The talents of the demo's pool the network's seeders write for, besides the demo's own three:
 * the same people in the same order for every seeder (the demo manager's reports first, then by
 * employee id), so the maps, plans and exchanges of the demo belong to the same colleagues.
 */
@Component
public class DemoTalents {

	private final TalentPool pool;

	private final PeopleDirectory people;

	DemoTalents(TalentPool pool, PeopleDirectory people) {
		this.pool = pool;
		this.people = people;
	}

	/** Up to {@code limit} active talents of the pool other than the demo's talent, manager and lead. */
	public List<PersonView> others(DemoOrganisation demo, int limit) {
		Set<UUID> demoPeople = Set.of(demo.talent().personId().value(), demo.manager().personId().value(),
				demo.lead().personId().value());
		UUID demoManager = demo.manager().personId().value();
		return this.pool.pool(demo.lead(), PoolFilter.none(), Paging.of(0, Paging.MAX_SIZE))
			.items()
			.stream()
			.map((entry) -> this.people.get(entry.personId()))
			.filter((p) -> p.status() == PersonStatus.ACTIVE && !demoPeople.contains(p.id()))
			.sorted(Comparator.comparing((PersonView p) -> !demoManager.equals(p.managerId()))
				.thenComparing(PersonView::employeeId))
			.limit(limit)
			.toList();
	}

	/** The talent as the seeders act for them. */
	public static Actor asTalent(PersonView talent) {
		return new Actor(null, talent.fullName(), PersonId.of(talent.id()), talent.fullName(), Set.of(Role.TALENT));
	}

}
