package io.cocareer.talent.web;

import java.util.List;
import java.util.Map;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;
import io.cocareer.talent.TalentService;

import org.springframework.stereotype.Component;

/**
 * The pool on the homes: its figures and 9-box for the talent lead, the talent's own profile,
 * and the manager's direct reports with the talents among them.
 */
@Component
class TalentHomeCards implements HomeCardContributor {

	static final String TEMPLATE = "talents/home";

	private final TalentService talents;

	private final PeopleDirectory people;

	TalentHomeCards(TalentService talents, PeopleDirectory people) {
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
			case TALENT -> {
				Map<String, Object> profile = Map.of("completeness", this.talents.profileCompleteness(reader.requirePersonId()));
				yield List.of(HomeCard.action("open-profile", 10, TEMPLATE, "openProfileAction"),
						HomeCard.card("career-profile", 20, TEMPLATE, "careerProfile", profile));
			}
			case MANAGER -> {
				List<PersonSummary> reports = this.people.directReports(reader.requirePersonId());
				yield List.of(HomeCard.card("team", 10, TEMPLATE, "team", Map.of("reports", reports, "talentIds",
						this.talents.talentIdsAmong(reports.stream().map(PersonSummary::id).toList()))));
			}
			case ALUMNUS, ADMIN -> List.of();
		};
	}

}
