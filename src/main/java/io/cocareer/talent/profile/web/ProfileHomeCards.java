package io.cocareer.talent.profile.web;

import java.util.List;
import java.util.Map;

import io.cocareer.shared.Actor;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;
import io.cocareer.talent.profile.TalentProfileService;

import org.springframework.stereotype.Component;

/** The talent's own career profile on their home: how complete it is, and the way to it. */
@Component
class ProfileHomeCards implements HomeCardContributor {

	static final String TEMPLATE = "talents/profile/home";

	private final TalentProfileService profiles;

	ProfileHomeCards(TalentProfileService profiles) {
		this.profiles = profiles;
	}

	@Override
	public List<HomeCard> cards(HomePage home, Actor reader) {
		if (home != HomePage.TALENT) {
			return List.of();
		}
		Map<String, Object> profile = Map.of("completeness", this.profiles.profileCompleteness(reader.requirePersonId().value()));
		return List.of(HomeCard.action("open-profile", 10, TEMPLATE, "openProfileAction"),
				HomeCard.card("career-profile", 20, TEMPLATE, "careerProfile", profile));
	}

}
