package io.cocareer.home.web;

import java.util.UUID;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AuditLog;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.PageSections;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.talent.TalentService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends each role to its own home page. Someone with several roles gets the home of the most
 * encompassing one (talent lead, then manager, then talent).
 */
@Controller
class HomeController {

	private final PeopleService people;

	private final AuditLog auditLog;

	private final AccountService accounts;

	private final TalentService talents;

	private final PageSections sections;

	HomeController(PeopleService people, AuditLog auditLog, AccountService accounts, TalentService talents,
			PageSections sections) {
		this.people = people;
		this.auditLog = auditLog;
		this.accounts = accounts;
		this.talents = talents;
		this.sections = sections;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		if (actor.has(Role.TALENT_LEAD)) {
			model.addAttribute("headcount", this.people.headcount());
			model.addAttribute("units", this.people.units());
			model.addAttribute("pool", this.talents.poolSummary());
			model.addAttribute("recent", this.auditLog.search(actor, null, null, null, Paging.of(0, 8)).items());
			model.addAttribute("sections", this.sections.of(PageSlot.LEAD_HOME, actor, null));
			return "home/lead";
		}
		if (actor.has(Role.MANAGER)) {
			return team(actor, model);
		}
		if (actor.has(Role.TALENT)) {
			UUID me = actor.requirePersonId();
			model.addAttribute("person", this.people.get(me));
			model.addAttribute("completeness", this.talents.profileCompleteness(me));
			model.addAttribute("sections", this.sections.of(PageSlot.TALENT_HOME, actor, null));
			return "home/talent";
		}
		if (actor.has(Role.ALUMNUS)) {
			UUID me = actor.requirePersonId();
			model.addAttribute("person", this.people.get(me));
			model.addAttribute("history", this.people.employmentHistory(me));
			return "home/alumnus";
		}
		model.addAttribute("headcount", this.people.headcount());
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("recent", this.auditLog.search(actor, null, null, null, Paging.of(0, 10)).items());
		return "home/admin";
	}

	/** A manager's team: also reachable from the navigation when the manager has other roles too. */
	@GetMapping("/team")
	String team(Actor actor, Model model) {
		if (!actor.has(Role.MANAGER)) {
			throw new PermissionDenied("home.team.notManager", "Only managers have a team page");
		}
		UUID me = actor.requirePersonId();
		model.addAttribute("person", this.people.get(me));
		var reports = this.people.directReports(me);
		model.addAttribute("reports", reports);
		model.addAttribute("talentIds", this.talents.talentIdsAmong(reports.stream().map((r) -> r.id()).toList()));
		model.addAttribute("sections", this.sections.of(PageSlot.MANAGER_HOME, actor, null));
		return "home/manager";
	}

}
