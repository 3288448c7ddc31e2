package io.cocareer.people.web;

import java.util.List;

import io.cocareer.people.PersonProfile;
import io.cocareer.people.UnitView;

import org.springframework.ui.Model;

/** The model of the person page, shared by its GET and by the leaving and rehire forms that redisplay it. */
final class PersonViews {

	private PersonViews() {
	}

	static void show(Model model, PersonProfile profile, List<UnitView> units, LeavingForm leaving, RehireForm rehire) {
		model.addAttribute("profile", profile);
		model.addAttribute("person", profile.person());
		model.addAttribute("units", units);
		if (!model.containsAttribute("leaving")) {
			model.addAttribute("leaving", leaving);
		}
		if (!model.containsAttribute("rehire")) {
			model.addAttribute("rehire", rehire);
		}
		if (!model.containsAttribute("erasure")) {
			model.addAttribute("erasure", new ErasureForm());
		}
	}

}
