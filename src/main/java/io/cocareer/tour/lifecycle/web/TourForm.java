package io.cocareer.tour.lifecycle.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.cocareer.shared.web.RequiredFields;
import io.cocareer.tour.TourType;
import io.cocareer.tour.TourView;
import io.cocareer.tour.lifecycle.TourPlan;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A tour's plan as a form, for proposing and for changing it while it is shaped. Dates, share and
 * type may stay empty when proposing from a work package: the package's are taken.
 */
public class TourForm implements RequiredFields {

	/** The talent, by id or (the talent lead's picker) by employee id: the controller checks it. */
	private static final Set<String> REQUIRED = Set.of("talentId", "talentEmployeeId");

	/** Required when proposing; the controller says so, since the lead's picker gives an employee id instead. */
	private UUID talentId;

	/** The talent as the talent lead's person picker holds them (their employee id), instead of talentId. */
	@Size(max = 40, message = "{tour.validation.tooLong}")
	private String talentEmployeeId;

	private UUID workPackageId;

	@Size(max = 160, message = "{tour.validation.tooLong}")
	private String title;

	private TourType tourType;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endOn;

	@Min(value = 5, message = "{tour.validation.timeShare}")
	@Max(value = 100, message = "{tour.validation.timeShare}")
	private Integer timeShare;

	@Min(value = 7, message = "{tour.validation.cadence}")
	@Max(value = 90, message = "{tour.validation.cadence}")
	private Integer checkInCadenceDays = 14;

	private long version;

	static TourForm of(TourView tour) {
		TourForm form = new TourForm();
		form.talentId = tour.talent().id();
		form.workPackageId = tour.workPackageId();
		form.title = tour.title();
		form.tourType = tour.tourType();
		form.startOn = tour.startOn();
		form.endOn = tour.endOn();
		form.timeShare = tour.timeShare();
		form.checkInCadenceDays = tour.checkInCadenceDays();
		form.version = tour.version();
		return form;
	}

	TourPlan plan() {
		return new TourPlan(this.talentId, this.workPackageId, this.title, this.tourType, this.startOn, this.endOn,
				this.timeShare, this.checkInCadenceDays);
	}

	public UUID getTalentId() {
		return this.talentId;
	}

	public void setTalentId(UUID talentId) {
		this.talentId = talentId;
	}

	@Override
	public Set<String> requiredFields() {
		return REQUIRED;
	}

	public String getTalentEmployeeId() {
		return this.talentEmployeeId;
	}

	public void setTalentEmployeeId(String talentEmployeeId) {
		this.talentEmployeeId = talentEmployeeId;
	}

	public UUID getWorkPackageId() {
		return this.workPackageId;
	}

	public void setWorkPackageId(UUID workPackageId) {
		this.workPackageId = workPackageId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public TourType getTourType() {
		return this.tourType;
	}

	public void setTourType(TourType tourType) {
		this.tourType = tourType;
	}

	public LocalDate getStartOn() {
		return this.startOn;
	}

	public void setStartOn(LocalDate startOn) {
		this.startOn = startOn;
	}

	public LocalDate getEndOn() {
		return this.endOn;
	}

	public void setEndOn(LocalDate endOn) {
		this.endOn = endOn;
	}

	public Integer getTimeShare() {
		return this.timeShare;
	}

	public void setTimeShare(Integer timeShare) {
		this.timeShare = timeShare;
	}

	public Integer getCheckInCadenceDays() {
		return this.checkInCadenceDays;
	}

	public void setCheckInCadenceDays(Integer checkInCadenceDays) {
		this.checkInCadenceDays = checkInCadenceDays;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
