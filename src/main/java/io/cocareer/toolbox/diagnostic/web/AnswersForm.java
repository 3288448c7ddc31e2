package io.cocareer.toolbox.diagnostic.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A respondent's answers: the value (1 to 5) chosen for each item, by item id. */
public class AnswersForm {

	private Map<String, String> answers = new LinkedHashMap<>();

	public Map<String, String> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = (answers != null) ? answers : new LinkedHashMap<>();
	}

}
