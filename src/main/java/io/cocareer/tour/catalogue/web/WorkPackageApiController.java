package io.cocareer.tour.catalogue.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.Versions;
import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.InterestView;
import io.cocareer.tour.catalogue.PackageFilter;
import io.cocareer.tour.catalogue.Quality;
import io.cocareer.tour.catalogue.QualityAssessment;
import io.cocareer.tour.catalogue.QualityRating;
import io.cocareer.tour.catalogue.RequiredCompetency;
import io.cocareer.tour.catalogue.RequiredCompetencyView;
import io.cocareer.tour.catalogue.WorkPackageService;
import io.cocareer.tour.catalogue.WorkPackageStatus;
import io.cocareer.tour.catalogue.WorkPackageSummary;
import io.cocareer.tour.catalogue.WorkPackageTerms;
import io.cocareer.tour.catalogue.WorkPackageView;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work package catalogue over JSON, with the same rules as the pages: a draft the caller may
 * not see is a 404, creating is for the talent lead and managers (403 for others), an illegal
 * status change or a second interest is a 409.
 */
@RestController
@RequestMapping("/api/v1/work-packages")
class WorkPackageApiController {

	private final WorkPackageService packages;

	WorkPackageApiController(WorkPackageService packages) {
		this.packages = packages;
	}

	@GetMapping
	PageResponse<SummaryResponse> catalogue(Actor actor, @RequestParam(required = false) WorkPackageStatus status,
			@RequestParam(required = false) UUID unitId, @RequestParam(required = false) TourType tourType,
			@RequestParam(required = false) Boolean weak, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageResult<WorkPackageSummary> result = this.packages.catalogue(actor,
				new PackageFilter(status, unitId, tourType, weak, q), Paging.of(page, size));
		return new PageResponse<>(result.items().stream().map(SummaryResponse::of).toList(), result.page(),
				result.size(), result.total());
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<PackageResponse> create(Actor actor, @Valid @RequestBody PackageRequest request) {
		UUID id = this.packages.create(actor, request.terms());
		return ResponseEntity.created(URI.create("/api/v1/work-packages/" + id))
			.body(PackageResponse.of(this.packages.get(actor, id)));
	}

	@GetMapping("/{id}")
	PackageResponse get(Actor actor, @PathVariable UUID id) {
		return PackageResponse.of(this.packages.get(actor, id));
	}

	@PutMapping("/{id}")
	PackageResponse update(Actor actor, @PathVariable UUID id, @Valid @RequestBody UpdateRequest request) {
		this.packages.update(actor, id, request.terms(), request.version());
		return PackageResponse.of(this.packages.get(actor, id));
	}

	@PostMapping("/{id}/status")
	PackageResponse changeStatus(Actor actor, @PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
		this.packages.changeStatus(actor, id, request.status(), Versions.required(request.version()));
		return PackageResponse.of(this.packages.get(actor, id));
	}

	/** Expresses the caller's interest; the body ({@code {"note": "..."}}) is optional. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/interest")
	ResponseEntity<PackageResponse> expressInterest(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody(required = false) InterestRequest request) {
		this.packages.expressInterest(actor, id, (request != null) ? request.note() : null);
		return ResponseEntity.created(URI.create("/api/v1/work-packages/" + id + "/interest"))
			.body(PackageResponse.of(this.packages.get(actor, id)));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}/interest")
	ResponseEntity<Void> withdrawInterest(Actor actor, @PathVariable UUID id) {
		this.packages.withdrawInterest(actor, id);
		return ResponseEntity.noContent().build();
	}

	record PageResponse<T>(List<T> items, int page, int size, long total) {

	}

	record RatingRequest(@NotNull @Min(1) @Max(5) Integer rating, @NotBlank @Size(max = 300) String justification) {

		QualityRating toRating() {
			return new QualityRating(this.rating, this.justification);
		}

	}

	record QualitiesRequest(@NotNull @Valid RatingRequest challenging, @NotNull @Valid RatingRequest interesting,
			@NotNull @Valid RatingRequest valuable, @NotNull @Valid RatingRequest visible) {

		Map<Quality, QualityRating> ratings() {
			Map<Quality, QualityRating> ratings = new EnumMap<>(Quality.class);
			ratings.put(Quality.CHALLENGING, this.challenging.toRating());
			ratings.put(Quality.INTERESTING, this.interesting.toRating());
			ratings.put(Quality.VALUABLE, this.valuable.toRating());
			ratings.put(Quality.VISIBLE, this.visible.toRating());
			return ratings;
		}

	}

	record CompetencyRequest(@NotNull UUID competencyId, @NotNull @Min(1) @Max(5) Integer level) {

	}

	record PackageRequest(@NotBlank @Size(max = 160) String title, @NotBlank @Size(max = 4000) String description,
			@NotBlank @Size(max = 2000) String expectedResults, @NotBlank @Size(max = 20) String sponsorEmployeeId,
			@NotNull UUID unitId, @NotNull LocalDate startOn, @NotNull LocalDate endOn,
			@NotNull @Min(5) @Max(100) Integer timeShare, @NotNull @Min(1) @Max(50) Integer seats,
			@NotNull TourType tourType, @Size(max = 10) List<@NotNull @Valid CompetencyRequest> competencies,
			@NotNull @Valid QualitiesRequest qualities) {

		WorkPackageTerms terms() {
			return PackageRequest.terms(this.title, this.description, this.expectedResults, this.sponsorEmployeeId,
					this.unitId, this.startOn, this.endOn, this.timeShare, this.seats, this.tourType, this.competencies,
					this.qualities);
		}

		static WorkPackageTerms terms(String title, String description, String expectedResults, String sponsor,
				UUID unitId, LocalDate startOn, LocalDate endOn, Integer timeShare, Integer seats, TourType tourType,
				List<CompetencyRequest> competencies, QualitiesRequest qualities) {
			List<RequiredCompetency> needs = (competencies != null) ? competencies.stream()
				.map((row) -> new RequiredCompetency(row.competencyId(), row.level()))
				.toList() : List.of();
			return new WorkPackageTerms(title, description, expectedResults, sponsor, unitId, startOn, endOn,
					timeShare, seats, tourType, needs, qualities.ratings());
		}

	}

	record UpdateRequest(@NotBlank @Size(max = 160) String title, @NotBlank @Size(max = 4000) String description,
			@NotBlank @Size(max = 2000) String expectedResults, @NotBlank @Size(max = 20) String sponsorEmployeeId,
			@NotNull UUID unitId, @NotNull LocalDate startOn, @NotNull LocalDate endOn,
			@NotNull @Min(5) @Max(100) Integer timeShare, @NotNull @Min(1) @Max(50) Integer seats,
			@NotNull TourType tourType, @Size(max = 10) List<@NotNull @Valid CompetencyRequest> competencies,
			@NotNull @Valid QualitiesRequest qualities, @NotNull @Min(0) Long version) {

		WorkPackageTerms terms() {
			return PackageRequest.terms(this.title, this.description, this.expectedResults, this.sponsorEmployeeId,
					this.unitId, this.startOn, this.endOn, this.timeShare, this.seats, this.tourType, this.competencies,
					this.qualities);
		}

	}

	record StatusRequest(@NotNull WorkPackageStatus status, @Min(0) Long version) {

	}

	record InterestRequest(@Size(max = 500) String note) {

	}

	record RatingResponse(int rating, @Nullable String justification) {

	}

	record QualityResponse(RatingResponse challenging, RatingResponse interesting, RatingResponse valuable,
			RatingResponse visible, double mean, boolean weak, List<Quality> lowQualities) {

		static QualityResponse of(QualityAssessment quality) {
			return new QualityResponse(rating(quality, Quality.CHALLENGING), rating(quality, Quality.INTERESTING),
					rating(quality, Quality.VALUABLE), rating(quality, Quality.VISIBLE), quality.mean(), quality.weak(),
					quality.lowQualities());
		}

		private static RatingResponse rating(QualityAssessment quality, Quality which) {
			QualityRating rating = quality.rating(which);
			return new RatingResponse(rating.rating(), rating.justification());
		}

	}

	record SummaryResponse(UUID id, String title, @Nullable UUID unitId, @Nullable String unit,
			@Nullable UUID sponsorId, @Nullable String sponsorName, LocalDate startOn, LocalDate endOn, int timeShare,
			int seats, TourType tourType, WorkPackageStatus status, boolean weak, double qualityMean,
			long interestCount) {

		static SummaryResponse of(WorkPackageSummary summary) {
			return new SummaryResponse(summary.id(), summary.title(), summary.unitId(), summary.unitName(),
					summary.sponsorId(), summary.sponsorName(), summary.startOn(), summary.endOn(),
					summary.timeShare(), summary.seats(), summary.tourType(), summary.status(),
					summary.quality().weak(), summary.quality().mean(), summary.interestCount());
		}

	}

	record InterestResponse(UUID personId, String employeeId, String name, @Nullable String title,
			@Nullable String unit, @Nullable String note, Instant expressedAt) {

		static InterestResponse of(InterestView interest) {
			if (interest == null) {
				return null;
			}
			return new InterestResponse(interest.personId(), interest.employeeId(), interest.name(), interest.title(),
					interest.unitName(), interest.note(), interest.expressedAt());
		}

	}

	/** {@code interested} is present only for those who manage the package. */
	record PackageResponse(UUID id, String title, @Nullable String description, @Nullable String expectedResults,
			@Nullable UUID sponsorId, @Nullable String sponsorEmployeeId, @Nullable String sponsorName,
			@Nullable UUID unitId, @Nullable String unit, LocalDate startOn, LocalDate endOn, int timeShare, int seats,
			TourType tourType, WorkPackageStatus status, List<RequiredCompetencyView> competencies,
			QualityResponse qualities, String createdBy, Instant createdAt, @Nullable String updatedBy,
			@Nullable Instant updatedAt, long version, long interestCount, @Nullable List<InterestResponse> interested,
			@Nullable InterestResponse myInterest, Set<WorkPackageStatus> nextStatuses) {

		static PackageResponse of(WorkPackageView view) {
			return new PackageResponse(view.id(), view.title(), view.description(), view.expectedResults(),
					view.sponsorId(), view.sponsorEmployeeId(), view.sponsorName(), view.unitId(), view.unitName(),
					view.startOn(), view.endOn(), view.timeShare(), view.seats(), view.tourType(), view.status(),
					view.competencies(), QualityResponse.of(view.quality()), view.createdByName(), view.createdAt(),
					view.updatedByName(), view.updatedAt(), view.version(), view.interestCount(),
					(view.interests() != null) ? view.interests().stream().map(InterestResponse::of).toList() : null,
					InterestResponse.of(view.ownInterest()), view.nextStatuses());
		}

	}

}
