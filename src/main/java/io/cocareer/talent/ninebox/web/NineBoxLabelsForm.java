package io.cocareer.talent.ninebox.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The nine cell labels in the grid's reading order (high potential first, low performance first). */
public class NineBoxLabelsForm {

	private List<@NotBlank(message = "{talent.field.required}") @Size(max = 60,
			message = "{talent.validation.tooLong}") String> labels = new ArrayList<>();

	public List<String> getLabels() {
		return this.labels;
	}

	public void setLabels(List<String> labels) {
		this.labels = labels;
	}

}
