package io.cocareer.toolbox.diagnostic;

import java.util.Arrays;
import java.util.List;

/**
 * The five conditions of the seeds under which the career co-creation approaches pay off (DOMAIN.md
 * §6.3), each asked through two or three items of the questionnaire.
 */
public enum Condition {

	/** C1: talents are highly mobile in a tight labour market. */
	C1,

	/** C2: contributions can be codified or materialised (appropriated and transferred). */
	C2,

	/** C3: exciting, challenging, visible work packages with identifiable results ("missions") exist. */
	C3,

	/** C4: the ecosystem is tightly coupled, so relationships with alumni create spill-overs. */
	C4,

	/** C5: boomeranging after some time is realistic. */
	C5;

	/** The items that ask about the condition, in the order they are asked. */
	public List<DiagnosticItem> items() {
		return Arrays.stream(DiagnosticItem.values()).filter((item) -> item.condition() == this).toList();
	}

	/** The message key of the condition as the seeds word it. */
	public String labelKey() {
		return "toolbox.diagnostic.condition." + name();
	}

	/** The message key of the condition in a few words, for the reasons of a recommendation. */
	public String shortKey() {
		return "toolbox.diagnostic.condition." + name() + ".short";
	}

}
