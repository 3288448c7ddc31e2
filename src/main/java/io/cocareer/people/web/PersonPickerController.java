package io.cocareer.people.web;

import java.util.regex.Pattern;

import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The matches of the person picker as the user types: list items for its listbox (htmx). */
@Controller
class PersonPickerController {

	static final int MATCHES = 8;

	private static final Pattern PICKER_ID = Pattern.compile("[A-Za-z][\\w-]{0,79}");

	private final PeopleService people;

	PersonPickerController(PeopleService people) {
		this.people = people;
	}

	@GetMapping("/people/picker")
	String matches(@RequestParam(required = false) String q, @RequestParam(name = "for", required = false) String pickerId,
			Actor actor, Model model) {
		String typed = (q != null) ? q.strip() : "";
		String query = (typed.length() > 100) ? typed.substring(0, 100) : typed;
		model.addAttribute("query", query);
		model.addAttribute("pickerId", (pickerId != null && PICKER_ID.matcher(pickerId).matches()) ? pickerId : "person");
		model.addAttribute("people", this.people.pickable(actor, query, MATCHES));
		return "fragments/person-picker :: options";
	}

}
