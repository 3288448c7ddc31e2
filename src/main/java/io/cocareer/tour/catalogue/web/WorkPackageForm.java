package io.cocareer.tour.catalogue.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.Quality;
import io.cocareer.tour.catalogue.QualityRating;
import io.cocareer.tour.catalogue.RequiredCompetency;
import io.cocareer.tour.catalogue.RequiredCompetencyView;
import io.cocareer.tour.catalogue.WorkPackageTerms;
import io.cocareer.tour.catalogue.WorkPackageView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A work package as a form, for creating and editing: fixed rows for required competencies
 * (empty rows are dropped) and a rating with a justification per quality.
 */
public class WorkPackageForm {

	static final int COMPETENCY_ROWS = 5;

	static final int MAX_ROWS = 10;

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 160, message = "{tour.validation.tooLong}")
	private String title;

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 4000, message = "{tour.validation.tooLong}")
	private String description;

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 2000, message = "{tour.validation.tooLong}")
	private String expectedResults;

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 20, message = "{tour.validation.tooLong}")
	private String sponsorEmployeeId;

	@NotNull(message = "{tour.validation.required}")
	private UUID unitId;

	@NotNull(message = "{tour.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startOn;

	@NotNull(message = "{tour.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endOn;

	@NotNull(message = "{tour.validation.required}")
	@Min(value = 5, message = "{tour.validation.timeShare}")
	@Max(value = 100, message = "{tour.validation.timeShare}")
	private Integer timeShare;

	@NotNull(message = "{tour.validation.required}")
	@Min(value = 1, message = "{tour.validation.seats}")
	@Max(value = 50, message = "{tour.validation.seats}")
	private Integer seats;

	@NotNull(message = "{tour.validation.required}")
	private TourType tourType;

	@Valid
	private List<CompetencyRow> competencies = new ArrayList<>();

	@NotNull(message = "{tour.validation.rating}")
	@Min(value = 1, message = "{tour.validation.rating}")
	@Max(value = 5, message = "{tour.validation.rating}")
	private Integer challengingRating;

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 300, message = "{tour.validation.tooLong}")
	private String challengingJustification;

	@NotNull(message = "{tour.validation.rating}")
	@Min(value = 1, message = "{tour.validation.rating}")
	@Max(value = 5, message = "{tour.validation.rating}")
	private Integer interestingRating;

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 300, message = "{tour.validation.tooLong}")
	private String interestingJustification;

	@NotNull(message = "{tour.validation.rating}")
	@Min(value = 1, message = "{tour.validation.rating}")
	@Max(value = 5, message = "{tour.validation.rating}")
	private Integer valuableRating;

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 300, message = "{tour.validation.tooLong}")
	private String valuableJustification;

	@NotNull(message = "{tour.validation.rating}")
	@Min(value = 1, message = "{tour.validation.rating}")
	@Max(value = 5, message = "{tour.validation.rating}")
	private Integer visibleRating;

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 300, message = "{tour.validation.tooLong}")
	private String visibleJustification;

	private long version;

	static WorkPackageForm empty() {
		WorkPackageForm form = new WorkPackageForm();
		form.pad();
		return form;
	}

	static WorkPackageForm of(WorkPackageView view) {
		WorkPackageForm form = new WorkPackageForm();
		form.title = view.title();
		form.description = view.description();
		form.expectedResults = view.expectedResults();
		form.sponsorEmployeeId = view.sponsorEmployeeId();
		form.unitId = view.unitId();
		form.startOn = view.startOn();
		form.endOn = view.endOn();
		form.timeShare = view.timeShare();
		form.seats = view.seats();
		form.tourType = view.tourType();
		for (RequiredCompetencyView need : view.competencies()) {
			form.competencies.add(new CompetencyRow(need.competencyId(), need.level()));
		}
		form.challengingRating = view.quality().rating(Quality.CHALLENGING).rating();
		form.challengingJustification = view.quality().rating(Quality.CHALLENGING).justification();
		form.interestingRating = view.quality().rating(Quality.INTERESTING).rating();
		form.interestingJustification = view.quality().rating(Quality.INTERESTING).justification();
		form.valuableRating = view.quality().rating(Quality.VALUABLE).rating();
		form.valuableJustification = view.quality().rating(Quality.VALUABLE).justification();
		form.visibleRating = view.quality().rating(Quality.VISIBLE).rating();
		form.visibleJustification = view.quality().rating(Quality.VISIBLE).justification();
		form.version = view.version();
		form.pad();
		return form;
	}

	/** At least {@value #COMPETENCY_ROWS} competency rows, and an empty one after the last (up to {@value #MAX_ROWS}). */
	void pad() {
		if (this.competencies == null) {
			this.competencies = new ArrayList<>();
		}
		while (this.competencies.size() < COMPETENCY_ROWS) {
			this.competencies.add(new CompetencyRow());
		}
		CompetencyRow last = this.competencies.get(this.competencies.size() - 1);
		if (last.getCompetencyId() != null && this.competencies.size() < MAX_ROWS) {
			this.competencies.add(new CompetencyRow());
		}
	}

	WorkPackageTerms terms() {
		List<RequiredCompetency> needs = (this.competencies == null) ? List.of() : this.competencies.stream()
			.map((row) -> new RequiredCompetency(row.getCompetencyId(), row.getLevel()))
			.toList();
		Map<Quality, QualityRating> ratings = new EnumMap<>(Quality.class);
		ratings.put(Quality.CHALLENGING, new QualityRating(this.challengingRating, this.challengingJustification));
		ratings.put(Quality.INTERESTING, new QualityRating(this.interestingRating, this.interestingJustification));
		ratings.put(Quality.VALUABLE, new QualityRating(this.valuableRating, this.valuableJustification));
		ratings.put(Quality.VISIBLE, new QualityRating(this.visibleRating, this.visibleJustification));
		return new WorkPackageTerms(this.title, this.description, this.expectedResults, this.sponsorEmployeeId,
				this.unitId, this.startOn, this.endOn, this.timeShare, this.seats, this.tourType, needs, ratings);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getExpectedResults() {
		return this.expectedResults;
	}

	public void setExpectedResults(String expectedResults) {
		this.expectedResults = expectedResults;
	}

	public String getSponsorEmployeeId() {
		return this.sponsorEmployeeId;
	}

	public void setSponsorEmployeeId(String sponsorEmployeeId) {
		this.sponsorEmployeeId = sponsorEmployeeId;
	}

	public UUID getUnitId() {
		return this.unitId;
	}

	public void setUnitId(UUID unitId) {
		this.unitId = unitId;
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

	public Integer getSeats() {
		return this.seats;
	}

	public void setSeats(Integer seats) {
		this.seats = seats;
	}

	public TourType getTourType() {
		return this.tourType;
	}

	public void setTourType(TourType tourType) {
		this.tourType = tourType;
	}

	public List<CompetencyRow> getCompetencies() {
		return this.competencies;
	}

	public void setCompetencies(List<CompetencyRow> competencies) {
		this.competencies = competencies;
	}

	public Integer getChallengingRating() {
		return this.challengingRating;
	}

	public void setChallengingRating(Integer challengingRating) {
		this.challengingRating = challengingRating;
	}

	public String getChallengingJustification() {
		return this.challengingJustification;
	}

	public void setChallengingJustification(String challengingJustification) {
		this.challengingJustification = challengingJustification;
	}

	public Integer getInterestingRating() {
		return this.interestingRating;
	}

	public void setInterestingRating(Integer interestingRating) {
		this.interestingRating = interestingRating;
	}

	public String getInterestingJustification() {
		return this.interestingJustification;
	}

	public void setInterestingJustification(String interestingJustification) {
		this.interestingJustification = interestingJustification;
	}

	public Integer getValuableRating() {
		return this.valuableRating;
	}

	public void setValuableRating(Integer valuableRating) {
		this.valuableRating = valuableRating;
	}

	public String getValuableJustification() {
		return this.valuableJustification;
	}

	public void setValuableJustification(String valuableJustification) {
		this.valuableJustification = valuableJustification;
	}

	public Integer getVisibleRating() {
		return this.visibleRating;
	}

	public void setVisibleRating(Integer visibleRating) {
		this.visibleRating = visibleRating;
	}

	public String getVisibleJustification() {
		return this.visibleJustification;
	}

	public void setVisibleJustification(String visibleJustification) {
		this.visibleJustification = visibleJustification;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public static class CompetencyRow {

		private UUID competencyId;

		@Min(value = 1, message = "{tour.validation.level}")
		@Max(value = 5, message = "{tour.validation.level}")
		private Integer level;

		public CompetencyRow() {
		}

		CompetencyRow(UUID competencyId, Integer level) {
			this.competencyId = competencyId;
			this.level = level;
		}

		public UUID getCompetencyId() {
			return this.competencyId;
		}

		public void setCompetencyId(UUID competencyId) {
			this.competencyId = competencyId;
		}

		public Integer getLevel() {
			return this.level;
		}

		public void setLevel(Integer level) {
			this.level = level;
		}

	}

}
