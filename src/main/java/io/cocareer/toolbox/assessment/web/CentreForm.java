package io.cocareer.toolbox.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.assessment.AssessmentRules;
import io.cocareer.toolbox.assessment.CentreView;
import io.cocareer.toolbox.assessment.NewCentre;

/** A centre's title, day and purpose (and, when it is changed, the version read). */
public class CentreForm {

	@NotBlank(message = "{toolbox.assessment.title.required}")
	@Size(max = AssessmentRules.MAX_TITLE, message = "{toolbox.assessment.tooLong}")
	private String title;

	@NotNull(message = "{toolbox.assessment.heldOn.required}")
	private LocalDate heldOn;

	@Size(max = AssessmentRules.MAX_PURPOSE, message = "{toolbox.assessment.tooLong}")
	private String purpose;

	private Long version;

	static CentreForm of(CentreView centre) {
		CentreForm form = new CentreForm();
		form.title = centre.title();
		form.heldOn = centre.heldOn();
		form.purpose = centre.purpose();
		form.version = centre.version();
		return form;
	}

	NewCentre toCommand() {
		return new NewCentre(this.title, this.heldOn, this.purpose);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
