package io.cocareer.home.web;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.HomeCards;
import io.cocareer.shared.web.HomePage;
import io.cocareer.shared.web.PageSections;
import io.cocareer.shared.web.PageSlot;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends each role to its own home page. Someone with several roles gets the home of the most
 * encompassing one (talent lead, then manager, then talent). The cards on a home are the
 * modules' ({@link HomeCards}, {@link PageSections}); this controller only greets the reader.
 */
@Controller
class HomeController {

	private final PeopleDirectory people;

	private final HomeCards cards;

	private final PageSections sections;

	HomeController(PeopleDirectory people, HomeCards cards, PageSections sections) {
		this.people = people;
		this.cards = cards;
		this.sections = sections;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		if (actor.has(Role.TALENT_LEAD)) {
			model.addAttribute("cards", this.cards.of(HomePage.LEAD, actor));
			model.addAttribute("sections", this.sections.of(PageSlot.LEAD_HOME, actor, null));
			return "home/lead";
		}
		if (actor.has(Role.MANAGER)) {
			return team(actor, model);
		}
		if (actor.has(Role.TALENT)) {
			model.addAttribute("firstName", this.people.get(actor.requirePersonId()).firstName());
			model.addAttribute("cards", this.cards.of(HomePage.TALENT, actor));
			model.addAttribute("sections", this.sections.of(PageSlot.TALENT_HOME, actor, null));
			return "home/talent";
		}
		if (actor.has(Role.ALUMNUS)) {
			model.addAttribute("firstName", this.people.get(actor.requirePersonId()).firstName());
			model.addAttribute("cards", this.cards.of(HomePage.ALUMNUS, actor));
			return "home/alumnus";
		}
		model.addAttribute("cards", this.cards.of(HomePage.ADMIN, actor));
		return "home/admin";
	}

	/** A manager's team: also reachable from the navigation when the manager has other roles too. */
	@GetMapping("/team")
	String team(Actor actor, Model model) {
		if (!actor.has(Role.MANAGER)) {
			throw new PermissionDenied("home.team.notManager", "Only managers have a team page");
		}
		PersonId me = actor.requirePersonId();
		model.addAttribute("reportCount", this.people.directReports(me).size());
		model.addAttribute("cards", this.cards.of(HomePage.MANAGER, actor));
		model.addAttribute("sections", this.sections.of(PageSlot.MANAGER_HOME, actor, null));
		return "home/manager";
	}

}
