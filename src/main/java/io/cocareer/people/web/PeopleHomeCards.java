package io.cocareer.people.web;

import java.util.List;
import java.util.Map;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;

import org.springframework.stereotype.Component;

/**
 * The organisation on the homes: headcount and units for the talent lead and the administrator,
 * the talent's own details, the alumnus's time with us.
 */
@Component
class PeopleHomeCards implements HomeCardContributor {

	static final String TEMPLATE = "people/home";

	private final PeopleService people;

	private final PeopleDirectory directory;

	PeopleHomeCards(PeopleService people, PeopleDirectory directory) {
		this.people = people;
		this.directory = directory;
	}

	@Override
	public List<HomeCard> cards(HomePage home, Actor reader) {
		return switch (home) {
			case LEAD -> {
				var units = this.directory.units();
				yield List.of(HomeCard.action("import-people", 20, TEMPLATE, "importAction"),
						HomeCard.figure("headcount", 10, TEMPLATE, "headcount",
								Map.of("headcount", this.directory.headcount())),
						HomeCard.figure("unit-count", 20, TEMPLATE, "unitCount", Map.of("units", units)),
						HomeCard.card("units", 30, TEMPLATE, "units", Map.of("units", units)));
			}
			case ADMIN -> List.of(HomeCard.action("import-people", 20, TEMPLATE, "importAction"),
					HomeCard.figure("headcount", 10, TEMPLATE, "headcount",
							Map.of("headcount", this.directory.headcount())));
			case TALENT -> List.of(HomeCard.card("about-me", 10, TEMPLATE, "aboutMe",
					Map.of("person", this.directory.get(reader.requirePersonId()))));
			case ALUMNUS -> {
				PersonId me = reader.requirePersonId();
				// their own history: the person always sees it (how they stay in touch is the alumni portal's
				// consent card, at the private address they agreed to, not the work email on file here)
				var history = this.people.employmentHistory(reader, me.value()).orElse(List.of());
				yield List.of(HomeCard.card("history", 10, TEMPLATE, "history", Map.of("history", history)));
			}
			case MANAGER -> List.of();
		};
	}

}
