package io.cocareer.shared.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every page shows a service's refusal, so page controllers catch nothing themselves: a bad
 * field next to its field, a broken rule at the top of the form, a lost race as "someone else
 * changed this", and after a redirect the page's "problem" banner. A step the user may not take
 * ({@link PermissionDenied}) is no refusal to mend: like anything else not handled here it falls
 * through to {@link HtmlExceptionHandler}'s error pages (403).
 * <p>
 * Each module words the lost race itself (its key is given once, in the module's web package);
 * the rest is the same everywhere.
 */
public final class PageProblems {

	private static final String STALE_DEFAULT = "Someone else changed this in the meantime";

	/**
	 * For the modules that word a lost race as the platform's 409 page does ("Reload the page and
	 * try again").
	 */
	public static final PageProblems SHARED = new PageProblems("shared.conflict.stale");

	private final String staleCode;

	/** @param staleCode the message key a lost race shows on this module's pages */
	public PageProblems(String staleCode) {
		this.staleCode = staleCode;
	}

	/**
	 * Runs a form's save; a refusal lands in the form instead.
	 * @return whether it was saved
	 */
	public boolean saved(BindingResult result, Runnable save) {
		return saved(result, PageProblems::fieldOf, save);
	}

	/**
	 * Like {@link #saved(BindingResult, Runnable)}, but a refusal that names no field of this form
	 * is shown next to {@code otherwise} (the field the user has to change to get past the rule).
	 */
	public boolean saved(BindingResult result, String otherwise, Runnable save) {
		return saved(result, (ex) -> onForm(result, fieldOf(ex)) ? fieldOf(ex) : otherwise, save);
	}

	/** Like {@link #saved(BindingResult, Runnable)}, with the field of each refusal chosen by the page. */
	public boolean saved(BindingResult result, Function<DomainException, String> field, Runnable save) {
		Optional<Refusal> refusal = refusal(save);
		refusal.ifPresent((r) -> r.rejectIn(result, r.stale() ? null : field.apply(r.exception())));
		return refusal.isEmpty();
	}

	/**
	 * Runs a form's save that answers what it made (usually its id); a refusal lands in the form.
	 * @return what was made, or empty when refused
	 */
	public <T> Optional<T> created(BindingResult result, Supplier<T> create) {
		return created(result, PageProblems::fieldOf, create);
	}

	/**
	 * Like {@link #created(BindingResult, Supplier)}; a refusal that names no field of the form goes
	 * next to {@code otherwise}.
	 */
	public <T> Optional<T> created(BindingResult result, String otherwise, Supplier<T> create) {
		return created(result, (ex) -> onForm(result, fieldOf(ex)) ? fieldOf(ex) : otherwise, create);
	}

	/** Like {@link #created(BindingResult, Supplier)}, with the field of each refusal chosen by the page. */
	public <T> Optional<T> created(BindingResult result, Function<DomainException, String> field, Supplier<T> create) {
		Object[] made = new Object[1];
		boolean saved = saved(result, field, () -> made[0] = create.get());
		@SuppressWarnings("unchecked")
		T value = (T) made[0];
		return saved ? Optional.of(value) : Optional.empty();
	}

	/**
	 * Runs an action from a button whose answer is a redirect; a refusal is flashed as the
	 * "problem" the page shows above itself.
	 * @return whether it was done
	 */
	public boolean attempted(RedirectAttributes redirect, Runnable action) {
		Optional<Refusal> refusal = refusal(action);
		refusal.ifPresent((r) -> r.flash(redirect));
		return refusal.isEmpty();
	}

	/**
	 * Runs something the page shows, not a change: a refusal, or a part of the page that the URL
	 * names but that does not exist (the page itself was found), is shown above the page.
	 * @return whether it worked
	 */
	public boolean shown(Model model, Runnable action) {
		try {
			Optional<Refusal> refusal = refusal(action);
			refusal.ifPresent((r) -> r.show(model));
			return refusal.isEmpty();
		}
		catch (NotFoundException ex) {
			new Refusal(ex.code(), ex.arguments(), ex.getMessage(), ex).show(model);
			return false;
		}
	}

	/**
	 * Runs a change and tells its refusal, if any, for the pages that place it themselves (a form
	 * and a banner on the same page, a field of a repeated form).
	 */
	public Optional<Refusal> refusal(Runnable change) {
		try {
			change.run();
			return Optional.empty();
		}
		catch (InvalidInput | BusinessRuleViolation ex) {
			return Optional.of(new Refusal(ex.code(), ex.arguments(), ex.getMessage(), ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return Optional.of(new Refusal(this.staleCode, null, STALE_DEFAULT, null));
		}
	}

	/**
	 * Every problem a service's rules found, each next to its field ({@code field} maps a problem to
	 * the form's field) unless that field already shows one, the rest at the top of the form: for
	 * forms that ask the service for all problems at once before anything is saved.
	 */
	public static void rejectEach(BindingResult result, java.util.List<InvalidInput> problems,
			Function<DomainException, String> field) {
		for (InvalidInput problem : problems) {
			String name = field.apply(problem);
			if (onForm(result, name)) {
				if (!result.hasFieldErrors(name)) {
					result.rejectValue(name, problem.code(), problem.arguments(), problem.getMessage());
				}
			}
			else {
				result.reject(problem.code(), problem.arguments(), problem.getMessage());
			}
		}
	}

	/** The field a refusal names: an {@link InvalidInput}'s, none for the others. */
	public static String fieldOf(DomainException ex) {
		return (ex instanceof InvalidInput invalid) ? invalid.field() : null;
	}

	/** Next to the field when the form has it, at the top of the form otherwise. */
	private static void reject(BindingResult result, String field, String code, Object[] arguments, String message) {
		if (onForm(result, field)) {
			result.rejectValue(field, code, arguments, message);
		}
		else {
			result.reject(code, arguments, message);
		}
	}

	private static boolean onForm(BindingResult result, String field) {
		return field != null && result.getFieldType(field) != null;
	}

	/**
	 * A refusal: its message key and arguments, and the exception it came from ({@code null} for a
	 * lost race, whose key is the module's).
	 */
	public record Refusal(String code, Object[] arguments, String message, DomainException exception) {

		public boolean stale() {
			return this.exception == null;
		}

		/** A bad value the user gave, as opposed to a broken rule or a lost race. */
		public boolean invalidInput() {
			return this.exception instanceof InvalidInput;
		}

		/** The field the refusal names, if any. */
		public String field() {
			return stale() ? null : fieldOf(this.exception);
		}

		/** On the form: next to {@code field} when the form has it, at its top otherwise. */
		public void rejectIn(BindingResult result, String field) {
			if (stale()) {
				result.reject(this.code, this.message);
			}
			else {
				reject(result, field, this.code, this.arguments, this.message);
			}
		}

		/** On the form, next to the field it names. */
		public void rejectIn(BindingResult result) {
			rejectIn(result, field());
		}

		/** Above the page the redirect leads to (see the header fragment's "problem"). */
		public void flash(RedirectAttributes redirect) {
			redirect.addFlashAttribute("problem", this.code);
			if (!stale()) {
				redirect.addFlashAttribute("problemArgs", this.arguments);
			}
		}

		/** Above this page. */
		public void show(Model model) {
			model.addAttribute("problem", this.code);
			// the header's fallback "new Object[0]" is no valid SpEL: always give the arguments
			model.addAttribute("problemArgs", (this.arguments != null) ? this.arguments : new Object[0]);
		}

	}

}
