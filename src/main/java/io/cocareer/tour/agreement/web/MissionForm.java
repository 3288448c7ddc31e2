package io.cocareer.tour.agreement.web;

import java.util.Set;

import jakarta.validation.constraints.Size;

import io.cocareer.shared.web.RequiredFields;
import io.cocareer.tour.agreement.MissionText;
import io.cocareer.tour.agreement.MissionView;
import io.cocareer.tour.agreement.internal.MissionRevision;

import org.springframework.validation.BindingResult;

/**
 * The mission as a form; {@code baseRevision} is the revision the writer started from. Which parts
 * are required depends on the writer's side ({@link MissionText#requiredFor}): the other side's
 * part may wait for them.
 */
public class MissionForm implements RequiredFields {

	@Size(max = MissionRevision.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String objective;

	@Size(max = MissionRevision.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String companyGains;

	@Size(max = MissionRevision.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String talentGains;

	@Size(max = MissionRevision.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String successMeasures;

	private Integer baseRevision;

	private Set<String> required = Set.of();

	static MissionForm of(MissionView mission) {
		MissionForm form = new MissionForm();
		if (mission.latest() != null) {
			MissionText text = mission.latest().text();
			form.objective = text.objective();
			form.companyGains = text.companyGains();
			form.talentGains = text.talentGains();
			form.successMeasures = text.successMeasures();
		}
		form.baseRevision = mission.latestNo();
		form.required = mission.required();
		return form;
	}

	/** Which fields this writer must fill; every empty one of them is refused next to it, all at once. */
	void require(Set<String> fields, BindingResult result) {
		this.required = Set.copyOf(fields);
		for (String field : MissionText.FIELDS) {
			String value = text().field(field);
			if (fields.contains(field) && (value == null || value.isBlank()) && !result.hasFieldErrors(field)) {
				result.rejectValue(field, "tour.validation.required", "Required");
			}
		}
	}

	@Override
	public Set<String> requiredFields() {
		return this.required;
	}

	MissionText text() {
		return new MissionText(this.objective, this.companyGains, this.talentGains, this.successMeasures);
	}

	public String getObjective() {
		return this.objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
	}

	public String getCompanyGains() {
		return this.companyGains;
	}

	public void setCompanyGains(String companyGains) {
		this.companyGains = companyGains;
	}

	public String getTalentGains() {
		return this.talentGains;
	}

	public void setTalentGains(String talentGains) {
		this.talentGains = talentGains;
	}

	public String getSuccessMeasures() {
		return this.successMeasures;
	}

	public void setSuccessMeasures(String successMeasures) {
		this.successMeasures = successMeasures;
	}

	public Integer getBaseRevision() {
		return this.baseRevision;
	}

	public void setBaseRevision(Integer baseRevision) {
		this.baseRevision = baseRevision;
	}

}
