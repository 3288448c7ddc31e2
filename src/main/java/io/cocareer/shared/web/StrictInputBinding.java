package io.cocareer.shared.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * {@link StrictInput} for form fields and request parameters of every controller, pages and
 * API: a value that breaks it is a type mismatch of its field, shown next to the field with the
 * words of {@code typeMismatch.*} in the message bundles.
 * <p>
 * Registering an editor configures the binder: a controller's own {@code @InitBinder}, which runs
 * after this one, can no longer call {@code setAutoGrowCollectionLimit} (Spring refuses it).
 */
@ControllerAdvice
class StrictInputBinding {

	@InitBinder
	void strictValues(WebDataBinder binder) {
		binder.registerCustomEditor(LocalDate.class, new DateEditor());
		binder.registerCustomEditor(String.class, new TextEditor());
	}

	static final class DateEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(StrictInput.date(text));
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof LocalDate date) ? date.toString() : "";
		}

	}

	static final class TextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (!StrictInput.isClean(text)) {
				throw new IllegalArgumentException("Text with a control character or a lone surrogate");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? getValue().toString() : "";
		}

	}

}
