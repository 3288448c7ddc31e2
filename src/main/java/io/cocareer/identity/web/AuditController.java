package io.cocareer.identity.web;

import io.cocareer.identity.AuditLog;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit log, newest first, for the talent lead and the administrator. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	String list(Actor actor, @RequestParam(name = "actor", required = false) String actorName,
			@RequestParam(required = false) String action, @RequestParam(required = false) String subject,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Model model) {
		Paging paging = Paging.of(page, size);
		model.addAttribute("entries", this.audit.search(actor, actorName, action, subject, paging));
		model.addAttribute("actorName", actorName);
		model.addAttribute("action", action);
		model.addAttribute("subject", subject);
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/admin/audit")
			.queryParam("actor", (actorName != null) ? actorName : "")
			.queryParam("action", (action != null) ? action : "")
			.queryParam("subject", (subject != null) ? subject : "")
			.queryParam("size", paging.size())
			.encode()
			.build()
			.toUriString());
		return "admin/audit/list";
	}

}
