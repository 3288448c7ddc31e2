package io.cocareer.toolbox.mentoring.web;

import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.mentoring.AgreementTerms;
import io.cocareer.toolbox.mentoring.MentoringPairService;
import io.cocareer.toolbox.mentoring.MentoringPairView;

/** A pair's agreement: what they work on, how often they meet, what stays between them. */
public class AgreementForm {

	@Size(max = MentoringPairService.MAX_TEXT)
	private String goals;

	@Size(max = MentoringPairService.MAX_RHYTHM)
	private String rhythm;

	@Size(max = MentoringPairService.MAX_TEXT)
	private String confidentiality;

	private Long version;

	static AgreementForm of(MentoringPairView pair) {
		AgreementForm form = new AgreementForm();
		form.goals = pair.agreementGoals();
		form.rhythm = pair.agreementRhythm();
		form.confidentiality = pair.agreementConfidentiality();
		form.version = pair.version();
		return form;
	}

	AgreementTerms toTerms() {
		return new AgreementTerms(this.goals, this.rhythm, this.confidentiality);
	}

	public String getGoals() {
		return this.goals;
	}

	public void setGoals(String goals) {
		this.goals = goals;
	}

	public String getRhythm() {
		return this.rhythm;
	}

	public void setRhythm(String rhythm) {
		this.rhythm = rhythm;
	}

	public String getConfidentiality() {
		return this.confidentiality;
	}

	public void setConfidentiality(String confidentiality) {
		this.confidentiality = confidentiality;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
