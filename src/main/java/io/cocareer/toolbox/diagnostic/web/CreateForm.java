package io.cocareer.toolbox.diagnostic.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cocareer.toolbox.diagnostic.DiagnosticScope;

/**
 * A diagnostic to start: its title, its scope (the organisation, or a unit), the respondents (one
 * person picker each, by employee id; empty pickers are left out) and the weight of each condition.
 */
public class CreateForm {

	/** How many pickers the form shows at least. */
	static final int PICKERS = 10;

	@jakarta.validation.constraints.NotBlank(message = "{toolbox.diagnostic.title.required}")
	@jakarta.validation.constraints.Size(max = io.cocareer.toolbox.diagnostic.DiagnosticService.MAX_TITLE,
			message = "{toolbox.diagnostic.title.tooLong}")
	private String title;

	private DiagnosticScope scope = DiagnosticScope.ORGANISATION;

	private UUID unitId;

	private List<String> respondents = new ArrayList<>();

	private Double weightC1 = 1.0;

	private Double weightC2 = 1.0;

	private Double weightC3 = 1.0;

	private Double weightC4 = 1.0;

	private Double weightC5 = 1.0;

	/** Makes room for a few more people than are chosen. */
	void padRespondents() {
		int wanted = Math.max(PICKERS, this.respondents.size() + 3);
		while (this.respondents.size() < wanted) {
			this.respondents.add("");
		}
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public DiagnosticScope getScope() {
		return this.scope;
	}

	public void setScope(DiagnosticScope scope) {
		this.scope = scope;
	}

	public UUID getUnitId() {
		return this.unitId;
	}

	public void setUnitId(UUID unitId) {
		this.unitId = unitId;
	}

	public List<String> getRespondents() {
		return this.respondents;
	}

	public void setRespondents(List<String> respondents) {
		this.respondents = (respondents != null) ? new ArrayList<>(respondents) : new ArrayList<>();
	}

	public Double getWeightC1() {
		return this.weightC1;
	}

	public void setWeightC1(Double weightC1) {
		this.weightC1 = weightC1;
	}

	public Double getWeightC2() {
		return this.weightC2;
	}

	public void setWeightC2(Double weightC2) {
		this.weightC2 = weightC2;
	}

	public Double getWeightC3() {
		return this.weightC3;
	}

	public void setWeightC3(Double weightC3) {
		this.weightC3 = weightC3;
	}

	public Double getWeightC4() {
		return this.weightC4;
	}

	public void setWeightC4(Double weightC4) {
		this.weightC4 = weightC4;
	}

	public Double getWeightC5() {
		return this.weightC5;
	}

	public void setWeightC5(Double weightC5) {
		this.weightC5 = weightC5;
	}

}
