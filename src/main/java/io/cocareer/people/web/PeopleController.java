package io.cocareer.people.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonProfile;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The people directory, the person page and the CSV export. */
@Controller
@RequestMapping("/people")
class PeopleController {

	static final int PAGE_SIZE = 25;

	private final PeopleService people;

	PeopleController(PeopleService people) {
		this.people = people;
	}

	/** Works as a plain GET form; for htmx's live search it answers only the results fragment. */
	@GetMapping
	String directory(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Actor actor, Model model) {
		UUID unitId = parseUuid(unit).orElse(null);
		PageResult<PersonSummary> result = this.people.search(actor, q, unitId, Paging.of(parsePage(page), PAGE_SIZE));
		model.addAttribute("q", (q != null) ? q.strip() : "");
		model.addAttribute("unit", unitId);
		model.addAttribute("result", result);
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/people")
			.queryParam("q", (q != null) ? q.strip() : "")
			.queryParam("unit", (unitId != null) ? unitId : "")
			.encode()
			.toUriString());
		model.addAttribute("mayManage", this.people.mayManagePeople(actor));
		if (htmx != null) {
			return "people/list :: rows";
		}
		model.addAttribute("units", this.people.units(actor));
		return "people/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Actor actor, Model model) {
		PersonProfile profile = this.people.profile(actor, id);
		RehireForm rehire = new RehireForm();
		rehire.setUnitId(profile.person().unitId());
		PersonViews.show(model, profile, this.people.units(actor), new LeavingForm(), rehire);
		return "people/detail";
	}

	@GetMapping("/export.csv")
	void export(Actor actor, HttpServletResponse response) throws IOException {
		this.people.requireManagePeople(actor);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"people-" + LocalDate.now() + ".csv\"");
		this.people.exportCsv(actor, response.getWriter());
	}

	static Optional<UUID> parseUuid(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A page number from a URL someone may have typed: anything odd means the first page. */
	static Integer parsePage(String value) {
		try {
			return (value == null) ? 0 : Math.max(0, Integer.parseInt(value.strip()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
