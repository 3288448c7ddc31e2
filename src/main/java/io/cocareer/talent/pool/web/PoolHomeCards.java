package io.cocareer.talent.pool.web;

import java.util.List;
import java.util.Map;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;
import io.cocareer.talent.pool.TalentPoolService;

import org.springframework.stereotype.Component;

/**
 * The pool on the homes: its figures and 9-box for the talent lead, and the manager's direct
 * reports with the talents among them. (The talent's own profile is the profile's card.)
 */
@Component
class PoolHomeCards implements HomeCardContributor {

	static final String TEMPLATE = "talents/pool/home";

	private final TalentPoolService talents;

	private final PeopleDirectory people;

	PoolHomeCards(TalentPoolService talents, PeopleDirectory people) {
		this.talents = talents;
		this.people = people;
	}

	@Override
	public List<HomeCard> cards(HomePage home, Actor reader) {
		return switch (home) {
			case LEAD -> {
				Map<String, Object> pool = Map.of("pool", this.talents.poolSummary());
				yield List.of(HomeCard.action("designate", 10, TEMPLATE, "designateAction"),
						HomeCard.figure("talent-count", 30, TEMPLATE, "talentCount", pool),
						HomeCard.figure("reviews-due", 40, TEMPLATE, "reviewsDue", pool),
						HomeCard.card("nine-box", 10, TEMPLATE, "nineBox", pool),
						HomeCard.card("pool", 20, TEMPLATE, "pool", pool));
			}
			case MANAGER -> {
				List<PersonSummary> reports = this.people.directReports(reader.requirePersonId());
				yield List.of(HomeCard.card("team", 10, TEMPLATE, "team", Map.of("reports", reports, "talentIds",
						this.talents.talentIdsAmong(reports.stream().map(PersonSummary::id).toList()))));
			}
			case TALENT, ALUMNUS, ADMIN -> List.of();
		};
	}

}
