package io.cocareer.alumni.mobility.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.mobility.CareerHorizonService;
import io.cocareer.alumni.mobility.HorizonKind;
import io.cocareer.alumni.mobility.HorizonView;
import io.cocareer.alumni.mobility.SetHorizon;

/** A talent's own career horizon as they fill it in. */
public class HorizonForm {

	@NotNull(message = "{alumni.mobility.horizon.kindRequired}")
	private HorizonKind kind;

	private Integer withinMonths;

	@Size(max = CareerHorizonService.MAX_NOTE, message = "{alumni.mobility.validation.tooLong}")
	private String note;

	private boolean sharedWithManager;

	private Long version;

	static HorizonForm of(HorizonView horizon) {
		HorizonForm form = new HorizonForm();
		if (horizon != null) {
			form.kind = horizon.kind();
			form.withinMonths = horizon.withinMonths();
			form.note = horizon.note();
			form.sharedWithManager = horizon.sharedWithManager();
			form.version = horizon.version();
		}
		return form;
	}

	SetHorizon toCommand() {
		return new SetHorizon(this.kind, this.withinMonths, this.note, this.sharedWithManager);
	}

	public HorizonKind getKind() {
		return this.kind;
	}

	public void setKind(HorizonKind kind) {
		this.kind = kind;
	}

	public Integer getWithinMonths() {
		return this.withinMonths;
	}

	public void setWithinMonths(Integer withinMonths) {
		this.withinMonths = withinMonths;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isSharedWithManager() {
		return this.sharedWithManager;
	}

	public void setSharedWithManager(boolean sharedWithManager) {
		this.sharedWithManager = sharedWithManager;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
