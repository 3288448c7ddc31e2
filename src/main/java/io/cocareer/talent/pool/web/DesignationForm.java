package io.cocareer.talent.pool.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.pool.DesignationTerms;
import io.cocareer.talent.DesignationView;

import org.springframework.format.annotation.DateTimeFormat;

/** Designating a talent (with the employee id) or changing a designation (without). */
public class DesignationForm {

	@Size(max = 20, message = "{talent.validation.tooLong}")
	private String employeeId;

	@NotNull(message = "{talent.field.required}")
	private DesignationReason reason;

	@NotBlank(message = "{talent.field.required}")
	@Size(max = 2000, message = "{talent.validation.tooLong}")
	private String evidence;

	@NotNull(message = "{talent.field.required}")
	@Future(message = "{talent.designation.reviewInFuture}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reviewOn;

	@NotNull(message = "{talent.field.required}")
	@Min(value = 1, message = "{talent.designation.ratingRange}")
	@Max(value = 3, message = "{talent.designation.ratingRange}")
	private Integer performance;

	@NotNull(message = "{talent.field.required}")
	@Min(value = 1, message = "{talent.designation.ratingRange}")
	@Max(value = 3, message = "{talent.designation.ratingRange}")
	private Integer potential;

	private Long version;

	static DesignationForm of(DesignationView designation) {
		DesignationForm form = new DesignationForm();
		form.reason = designation.reason();
		form.evidence = designation.evidence();
		form.reviewOn = designation.reviewOn();
		form.performance = designation.performance();
		form.potential = designation.potential();
		form.version = designation.version();
		return form;
	}

	DesignationTerms terms() {
		return new DesignationTerms(this.reason, this.evidence, this.reviewOn, this.performance, this.potential);
	}

	public String getEmployeeId() {
		return this.employeeId;
	}

	public void setEmployeeId(String employeeId) {
		this.employeeId = employeeId;
	}

	public DesignationReason getReason() {
		return this.reason;
	}

	public void setReason(DesignationReason reason) {
		this.reason = reason;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

	public LocalDate getReviewOn() {
		return this.reviewOn;
	}

	public void setReviewOn(LocalDate reviewOn) {
		this.reviewOn = reviewOn;
	}

	public Integer getPerformance() {
		return this.performance;
	}

	public void setPerformance(Integer performance) {
		this.performance = performance;
	}

	public Integer getPotential() {
		return this.potential;
	}

	public void setPotential(Integer potential) {
		this.potential = potential;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
