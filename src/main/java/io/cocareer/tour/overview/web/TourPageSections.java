package io.cocareer.tour.overview.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.PageSection;
import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.tour.overview.TourHomeService;

import org.springframework.stereotype.Component;

/**
 * The tours on the homes and on a talent's profile: the talent's own tours with their wins, and
 * the tours that wait for the manager or the talent lead. What is shown is what
 * {@link TourHomeService} lets the reader read.
 */
@Component
class TourPageSections implements PageSectionContributor {

	static final String TEMPLATE = "tours/overview/sections";

	private final TourHomeService home;

	TourPageSections(TourHomeService home) {
		this.home = home;
	}

	@Override
	public List<PageSection> sections(PageSlot slot, Actor reader, UUID subject) {
		return switch (slot) {
			case TALENT_HOME -> (reader.personId() != null && reader.has(Role.TALENT))
					? List.of(new PageSection("my-tours", 10, TEMPLATE, "talentTours",
							Map.of("tours", this.home.toursOf(reader, PersonId.valueOf(reader.personId())), "own", true)))
					: List.of();
			case TALENT_PROFILE -> (subject != null) ? List.of(new PageSection("profile-tours", 10, TEMPLATE,
					"talentTours", Map.of("tours", this.home.toursOf(reader, subject), "own", reader.isPerson(PersonId.ofNullable(subject)))))
					: List.of();
			case MANAGER_HOME -> List.of(new PageSection("tours-waiting", 10, TEMPLATE, "waiting",
					Map.of("waiting", this.home.waitingForManager(reader), "lead", false)));
			case LEAD_HOME -> List.of(new PageSection("tours-waiting", 10, TEMPLATE, "waiting",
					Map.of("waiting", this.home.waitingForLead(reader), "lead", true)));
			default -> List.of();
		};
	}

}
