package io.cocareer.tour.web;

import io.cocareer.shared.DomainException;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the tour pages show a refusal: next to its field in a form, or above the page after a redirect. */
final class PageProblems {

	private PageProblems() {
	}

	/** Next to the field when the form has it, at the top of the form otherwise. */
	static void reject(BindingResult result, String field, DomainException ex) {
		if (field != null && result.getFieldType(field) != null) {
			result.rejectValue(field, ex.code(), ex.arguments(), ex.getMessage());
		}
		else {
			result.reject(ex.code(), ex.arguments(), ex.getMessage());
		}
	}

	/** Shown above the page the redirect leads to (see the header fragment's "problem"). */
	static void flash(RedirectAttributes redirect, DomainException ex) {
		redirect.addFlashAttribute("problem", ex.code());
		redirect.addFlashAttribute("problemArgs", ex.arguments());
	}

}
