package io.cocareer.tour.catalogue.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.CharterService;
import io.cocareer.tour.catalogue.CharterView;
import io.cocareer.tour.web.TourPages;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme charter: everyone reads it, with its earlier versions; the talent lead edits it. */
@Controller
@RequestMapping("/tours/charter")
class CharterController {

	static final String VIEW = "tours/catalogue/charter";

	static final String VIEW_FORM = "tours/catalogue/charter-form";

	private final CharterService charter;

	CharterController(CharterService charter) {
		this.charter = charter;
	}

	@GetMapping
	String charter(Actor actor, @RequestParam(required = false) Integer version, Model model) {
		CharterView shown = (version != null) ? this.charter.version(actor, version) : this.charter.current(actor);
		model.addAttribute("charter", shown);
		model.addAttribute("paragraphs", Paragraph.of(shown.body()));
		model.addAttribute("history", this.charter.history(actor));
		model.addAttribute("tourTypes", TourType.values());
		model.addAttribute("mayReviseCharter", this.charter.mayRevise(actor));
		return VIEW;
	}

	@GetMapping("/edit")
	String editForm(Actor actor, Model model) {
		this.charter.requireMayRevise(actor);
		CharterView current = this.charter.current(actor);
		CharterForm form = new CharterForm();
		form.setBody(current.body());
		form.setVersion(current.versionNo());
		model.addAttribute("form", form);
		return VIEW_FORM;
	}

	@PostMapping("/edit")
	String edit(Actor actor, @Valid @ModelAttribute("form") CharterForm form, BindingResult result,
			RedirectAttributes redirect) {
		this.charter.requireMayRevise(actor);
		if (!result.hasErrors()) {
			try {
				if (TourPages.PROBLEMS.saved(result, "body",
						() -> this.charter.revise(actor, form.getBody(), form.getVersion()))) {
					redirect.addFlashAttribute("message", "tour.charter.saved");
					return "redirect:/tours/charter";
				}
			}
			catch (DataIntegrityViolationException ex) {
				// not a refusal of the service: two first saves of the charter at once, the unique row
				// stopped the second; to its writer that is a lost race like any other
				result.reject("tour.stale", "Someone else changed this in the meantime");
			}
		}
		return VIEW_FORM;
	}

	/** A paragraph of the charter; a short line without a full stop reads as a heading. */
	record Paragraph(String text, boolean heading) {

		static List<Paragraph> of(String body) {
			return Arrays.stream(body.split("\\n\\s*\\n"))
				.map(String::strip)
				.filter((text) -> !text.isEmpty())
				.map((text) -> new Paragraph(text,
						!text.contains("\n") && text.length() < 60 && !text.matches(".*[.!?:]$")))
				.toList();
		}

	}

}
