package io.cocareer.shared.web;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageProblemsTests {

	private final PageProblems problems = new PageProblems("sample.stale");

	@Test
	void aSaveThatWorksLeavesTheFormAlone() {
		BindingResult result = form();

		assertThat(this.problems.saved(result, () -> {
		})).isTrue();
		assertThat(this.problems.created(result, () -> 42)).contains(42);
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void aBadFieldIsShownNextToItsField() {
		BindingResult result = form();

		boolean saved = this.problems.saved(result, () -> {
			throw new InvalidInput("name", "sample.name.tooLong", "Too long", 80);
		});

		assertThat(saved).isFalse();
		assertThat(result.getFieldError("name").getCode()).isEqualTo("sample.name.tooLong");
		assertThat(result.getFieldError("name").getArguments()).containsExactly(80);
		assertThat(result.getGlobalErrors()).isEmpty();
	}

	@Test
	void aFieldTheFormDoesNotHaveGoesToTheTopOfTheForm() {
		BindingResult result = form();

		this.problems.saved(result, () -> {
			throw new InvalidInput("elsewhere", "sample.bad", "Bad");
		});

		assertThat(result.getGlobalError().getCode()).isEqualTo("sample.bad");
		assertThat(result.getFieldErrors()).isEmpty();
	}

	@Test
	void aBrokenRuleIsShownAtTheTopOfTheForm() {
		BindingResult rule = form();

		this.problems.saved(rule, () -> {
			throw new BusinessRuleViolation("sample.rule", "Broken", "x");
		});

		assertThat(rule.getGlobalError().getCode()).isEqualTo("sample.rule");
		assertThat(rule.getGlobalError().getArguments()).containsExactly("x");
	}

	@Test
	void aPageMayPutABrokenRuleNextToTheFieldItIsAbout() {
		BindingResult rule = form();
		BindingResult invalid = form();

		Optional<Integer> made = this.problems.created(rule, "name", () -> {
			throw new BusinessRuleViolation("sample.duplicate", "Used");
		});
		this.problems.saved(invalid, "name", () -> {
			throw new InvalidInput("note", "sample.note.empty", "Empty");
		});

		assertThat(made).isEmpty();
		assertThat(rule.getFieldError("name").getCode()).isEqualTo("sample.duplicate");
		// a field the form has stays the field of the refusal
		assertThat(invalid.getFieldError("note").getCode()).isEqualTo("sample.note.empty");
	}

	@Test
	void aLostRaceIsShownInTheModulesWordsAtTheTopOfTheForm() {
		BindingResult result = form();

		this.problems.saved(result, "name", () -> {
			throw new OptimisticLockingFailureException("version 3 is gone");
		});

		assertThat(result.getGlobalError().getCode()).isEqualTo("sample.stale");
		assertThat(result.getFieldErrors()).isEmpty();
	}

	@Test
	void aRefusedButtonIsFlashedAsTheProblemOfThePageTheRedirectLeadsTo() {
		RedirectAttributesModelMap rule = new RedirectAttributesModelMap();
		RedirectAttributesModelMap stale = new RedirectAttributesModelMap();

		boolean done = this.problems.attempted(rule, () -> {
			throw new BusinessRuleViolation("sample.rule", "Broken", "x");
		});
		this.problems.attempted(stale, () -> {
			throw new OptimisticLockingFailureException("gone");
		});

		assertThat(done).isFalse();
		assertThat(rule.getFlashAttributes().get("problem")).isEqualTo("sample.rule");
		assertThat((Object[]) rule.getFlashAttributes().get("problemArgs")).containsExactly("x");
		assertThat(stale.getFlashAttributes().get("problem")).isEqualTo("sample.stale");
		assertThat(stale.getFlashAttributes()).doesNotContainKey("problemArgs");
		assertThat(this.problems.attempted(new RedirectAttributesModelMap(), () -> {
		})).isTrue();
	}

	@Test
	void aMissingPartOfAPageIsShownAboveIt() {
		ExtendedModelMap model = new ExtendedModelMap();

		boolean shown = this.problems.shown(model, () -> {
			throw new NotFoundException("sample.noSuchRevision", "No revision 9", 9);
		});

		assertThat(shown).isFalse();
		assertThat(model).containsEntry("problem", "sample.noSuchRevision");
		assertThat((Object[]) model.get("problemArgs")).containsExactly(9);
	}

	@Test
	void whatIsNoRefusalIsLeftToTheErrorPages() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.problems.saved(form(), () -> {
			throw new NotFoundException("sample.gone", "Gone");
		}));
		// a step the user may not take answers 403, on a form as after a button
		assertThatExceptionOfType(PermissionDenied.class).isThrownBy(() -> this.problems.saved(form(), () -> {
			throw new PermissionDenied("shared.denied", "No");
		}));
		assertThatExceptionOfType(PermissionDenied.class)
			.isThrownBy(() -> this.problems.attempted(new RedirectAttributesModelMap(), () -> {
				throw new PermissionDenied("shared.denied", "No");
			}));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.problems.attempted(new RedirectAttributesModelMap(), () -> {
				throw new IllegalStateException("bug");
			}));
	}

	@Test
	void theRefusalTellsWhatHappenedForPagesThatPlaceItThemselves() {
		Optional<PageProblems.Refusal> invalid = this.problems.refusal(() -> {
			throw new InvalidInput("name", "sample.bad", "Bad");
		});
		Optional<PageProblems.Refusal> stale = this.problems.refusal(() -> {
			throw new OptimisticLockingFailureException("gone");
		});

		assertThat(invalid).get().satisfies((r) -> {
			assertThat(r.field()).isEqualTo("name");
			assertThat(r.stale()).isFalse();
			assertThat(r.exception()).isInstanceOf(InvalidInput.class);
		});
		assertThat(stale).get().satisfies((r) -> {
			assertThat(r.stale()).isTrue();
			assertThat(r.code()).isEqualTo("sample.stale");
		});
	}

	private static BindingResult form() {
		return new BeanPropertyBindingResult(new SampleForm(), "form");
	}

	static class SampleForm {

		private String name;

		private String note;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

}
