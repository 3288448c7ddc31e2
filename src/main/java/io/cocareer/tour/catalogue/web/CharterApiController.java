package io.cocareer.tour.catalogue.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.CharterService;
import io.cocareer.tour.catalogue.CharterView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The programme charter and the tour types over JSON; only the talent lead writes the charter. */
@RestController
@RequestMapping("/api/v1/tours")
class CharterApiController {

	private final CharterService charter;

	CharterApiController(CharterService charter) {
		this.charter = charter;
	}

	@GetMapping("/charter")
	CharterResponse current(Actor actor) {
		return CharterResponse.of(this.charter.current(actor));
	}

	/** Saves a new version; {@code version} is the one the writer started from (409 if it is no longer current). */
	@PutMapping("/charter")
	CharterResponse revise(Actor actor, @Valid @RequestBody CharterRequest request) {
		return CharterResponse.of(this.charter.revise(actor, request.body(), request.version()));
	}

	@GetMapping("/charter/versions")
	List<CharterResponse> history(Actor actor) {
		return this.charter.history(actor).stream().map(CharterResponse::of).toList();
	}

	@GetMapping("/charter/versions/{versionNo}")
	CharterResponse version(Actor actor, @PathVariable int versionNo) {
		return CharterResponse.of(this.charter.version(actor, versionNo));
	}

	@GetMapping("/types")
	List<TypeResponse> types() {
		return List.of(TourType.values())
			.stream()
			.map((type) -> new TypeResponse(type, type.typicalMinMonths(), type.typicalMaxMonths(), type.openEnded()))
			.toList();
	}

	record CharterRequest(@NotBlank @Size(max = 8000) String body, @Min(0) Integer version) {

	}

	record CharterResponse(int version, String body, String author, Instant createdAt, boolean current) {

		static CharterResponse of(CharterView view) {
			return new CharterResponse(view.versionNo(), view.body(), view.author(), view.createdAt(), view.current());
		}

	}

	record TypeResponse(TourType type, @Nullable Integer typicalMinMonths, @Nullable Integer typicalMaxMonths,
			boolean openEnded) {

	}

}
