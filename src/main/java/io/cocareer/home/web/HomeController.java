package io.cocareer.home.web;

import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each role to its own home page. */
@Controller
class HomeController {

	private final PeopleService people;

	HomeController(PeopleService people) {
		this.people = people;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("headcount", this.people.headcount());
		if (actor.has(Role.TALENT_LEAD)) {
			return "home/lead";
		}
		if (actor.has(Role.MANAGER)) {
			model.addAttribute("reports", this.people.directReports(actor.requirePersonId()));
			return "home/manager";
		}
		if (actor.has(Role.TALENT)) {
			model.addAttribute("person", this.people.get(actor.requirePersonId()));
			return "home/talent";
		}
		if (actor.has(Role.ALUMNUS)) {
			model.addAttribute("person", this.people.get(actor.requirePersonId()));
			model.addAttribute("history", this.people.employmentHistory(actor.requirePersonId()));
			return "home/alumnus";
		}
		return "home/admin";
	}

}
