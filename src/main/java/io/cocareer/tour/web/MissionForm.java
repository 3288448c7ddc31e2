package io.cocareer.tour.web;

import io.cocareer.tour.MissionText;
import io.cocareer.tour.MissionView;

/** The mission as a form; {@code baseRevision} is the revision the writer started from. */
public class MissionForm {

	private String objective;

	private String companyGains;

	private String talentGains;

	private String successMeasures;

	private Integer baseRevision;

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
		return form;
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
