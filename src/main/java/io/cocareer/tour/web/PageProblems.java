package io.cocareer.tour.web;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the tour pages show a refusal: next to its field in a form, or above the page after a
 * redirect. Public for the pages of the tour's nested modules.
 */
public final class PageProblems {

	private PageProblems() {
	}

	/** Next to the field when the form has it, at the top of the form otherwise. */
	public static void reject(BindingResult result, String field, DomainException ex) {
		if (field != null && result.getFieldType(field) != null) {
			result.rejectValue(field, ex.code(), ex.arguments(), ex.getMessage());
		}
		else {
			result.reject(ex.code(), ex.arguments(), ex.getMessage());
		}
	}

	/**
	 * Runs a form's save; a refusal lands in the form instead: a bad field next to the field, a
	 * broken rule at the top, a lost race as "someone else changed this".
	 * @return whether it was saved
	 */
	public static boolean saved(BindingResult result, Runnable save) {
		try {
			save.run();
			return true;
		}
		catch (InvalidInput ex) {
			reject(result, ex.field(), ex);
		}
		catch (BusinessRuleViolation ex) {
			reject(result, null, ex);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("tour.stale", "Someone else changed this in the meantime");
		}
		return false;
	}

	/** Shown above the page the redirect leads to (see the header fragment's "problem"). */
	public static void flash(RedirectAttributes redirect, DomainException ex) {
		redirect.addFlashAttribute("problem", ex.code());
		redirect.addFlashAttribute("problemArgs", ex.arguments());
	}

}
