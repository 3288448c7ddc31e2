package io.cocareer.tour.matching.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.tour.matching.MatchScore;
import io.cocareer.tour.matching.MatchingService;
import io.cocareer.tour.matching.MatchingService.CandidateMatch;
import io.cocareer.tour.matching.MatchingService.PackageMatch;
import io.cocareer.tour.matching.MatchingSettings;
import io.cocareer.tour.TourType;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching over JSON: the best candidates for a package (talent lead, creator, sponsor; others
 * 403) and the best open packages for a person (the person, their manager, the talent lead).
 * Each item carries its score, the components, the weights used and the explanation, each line as
 * its message code, its arguments and its text in the request's language. The person's matches
 * live under the work package path so the tour module owns the whole API.
 */
@RestController
@RequestMapping("/api/v1/work-packages")
class MatchingApiController {

	private final MatchingService matching;

	private final MessageSource messages;

	MatchingApiController(MatchingService matching, MessageSource messages) {
		this.matching = matching;
		this.messages = messages;
	}

	@GetMapping("/{id}/candidates")
	List<CandidateResponse> candidates(Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "20") int limit, Locale locale) {
		return this.matching.rankCandidates(actor, id, limit)
			.stream()
			.map((candidate) -> CandidateResponse.of(candidate, explanation(candidate.match(), locale)))
			.toList();
	}

	@GetMapping("/matches")
	List<PackageMatchResponse> matches(Actor actor, @RequestParam UUID personId,
			@RequestParam(defaultValue = "10") int limit, Locale locale) {
		return this.matching.rankPackages(actor, personId, limit)
			.stream()
			.map((pkg) -> PackageMatchResponse.of(pkg, explanation(pkg.match(), locale)))
			.toList();
	}

	private List<Reason> explanation(MatchScore match, Locale locale) {
		return match.explanation()
			.stream()
			.map((reason) -> new Reason(reason.code(), reason.arguments(),
					this.messages.getMessage(reason.code(), reason.argumentArray(), locale)))
			.toList();
	}

	/**
	 * One line of the explanation: the message code, its arguments (words and numbers, as the
	 * message needs them) and the text they make.
	 */
	record Reason(String code,
			@ArraySchema(schema = @Schema(oneOf = { String.class, Double.class })) List<Object> arguments,
			String text) {

	}

	record Components(double skillFit, double aspirationFit, double stretch, double availability) {

		static Components of(MatchScore match) {
			return new Components(match.skillFit(), match.aspirationFit(), match.stretch(), match.availability());
		}

	}

	record CandidateResponse(UUID personId, String name, @Nullable String title, @Nullable String unitName,
			double score, Components components, MatchingSettings weights, List<Reason> explanation, boolean interested,
			boolean profileReadable) {

		static CandidateResponse of(CandidateMatch candidate, List<Reason> explanation) {
			MatchScore match = candidate.match();
			return new CandidateResponse(candidate.personId(), candidate.name(), candidate.title(),
					candidate.unitName(), match.score(), Components.of(match), match.weights(), explanation,
					candidate.interested(), candidate.profileReadable());
		}

	}

	record PackageMatchResponse(UUID packageId, String title, @Nullable LocalDate startOn, @Nullable LocalDate endOn,
			int timeShare, TourType tourType, double score, Components components, MatchingSettings weights,
			List<Reason> explanation) {

		static PackageMatchResponse of(PackageMatch pkg, List<Reason> explanation) {
			MatchScore match = pkg.match();
			return new PackageMatchResponse(pkg.packageId(), pkg.title(), pkg.startOn(), pkg.endOn(), pkg.timeShare(),
					pkg.tourType(), match.score(), Components.of(match), match.weights(), explanation);
		}

	}

}
