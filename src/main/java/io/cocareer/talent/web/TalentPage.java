package io.cocareer.talent.web;

import org.springframework.validation.BindingResult;

/**
 * A page controller of the talent module, whichever part it belongs to: {@link TalentFormAdvice}
 * answers its unusable form posts, and {@link #reject} puts a service's refusal on its form.
 */
public interface TalentPage {

	/** The error on the field it names, if the form has that field; on the whole form otherwise. */
	static void reject(BindingResult result, String field, String code, Object[] arguments, String message) {
		if (field != null && result.getFieldType(field) != null) {
			result.rejectValue(field, code, arguments, message);
		}
		else {
			result.reject(code, arguments, message);
		}
	}

}
