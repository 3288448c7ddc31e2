package io.cocareer.alumni.mobility.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.cocareer.alumni.mobility.CareerHorizonService;
import io.cocareer.alumni.mobility.HorizonKind;
import io.cocareer.alumni.mobility.HorizonView;
import io.cocareer.alumni.mobility.MobilityPolicyService;
import io.cocareer.alumni.mobility.PolicyDiff;
import io.cocareer.alumni.mobility.PolicyVersionView;
import io.cocareer.alumni.mobility.PublishPolicy;
import io.cocareer.alumni.mobility.SetHorizon;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mobility policy and the career horizons over JSON: the policy in force, its versions and
 * what changed between two; the caller's own horizon; the horizons the caller may read. Its schemas
 * are {@code Mobility…}.
 */
@RestController
class MobilityApiController {

	private final MobilityPolicyService policy;

	private final CareerHorizonService horizons;

	MobilityApiController(MobilityPolicyService policy, CareerHorizonService horizons) {
		this.policy = policy;
		this.horizons = horizons;
	}

	/** The version in force; 404 {@code alumni.mobility.policy.none} before the first is published. */
	@ApiResponse(responseCode = "200", description = "The version in force", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No policy has been published yet",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@GetMapping("/api/v1/mobility-policy")
	PolicyResponse current(Actor actor) {
		return this.policy.current(actor)
			.map(PolicyResponse::of)
			.orElseThrow(() -> new NotFoundException("alumni.mobility.policy.none",
					"No mobility policy has been published yet"));
	}

	/** Every published version, newest first. */
	@GetMapping("/api/v1/mobility-policy/versions")
	List<PolicyResponse> versions(Actor actor) {
		return this.policy.versions(actor).stream().map(PolicyResponse::of).toList();
	}

	@GetMapping("/api/v1/mobility-policy/versions/{number}")
	PolicyResponse version(Actor actor, @PathVariable int number) {
		return PolicyResponse.of(this.policy.version(actor, number));
	}

	/** What changed from version {@code from} to version {@code to}, line by line. */
	@ApiResponse(responseCode = "200", description = "What changed, line by line", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No such version",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@GetMapping("/api/v1/mobility-policy/diff")
	DiffResponse diff(Actor actor, @RequestParam int from, @RequestParam int to) {
		PolicyDiff diff = this.policy.diff(actor, from, to);
		return new DiffResponse(diff.from().number(), diff.to().number(),
				diff.lines().stream().map((l) -> new DiffLine(l.kind(), l.text())).toList());
	}

	/** The talent lead publishes a new version; {@code baseVersion} is the version the edit started from. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/mobility-policy/versions")
	ResponseEntity<PolicyResponse> publish(Actor actor, @Valid @RequestBody PublishRequest request) {
		int number = this.policy.publish(actor,
				new PublishPolicy(request.title(), request.body(), request.whatChanged(), request.baseVersion()));
		return ResponseEntity.created(URI.create("/api/v1/mobility-policy/versions/" + number))
			.body(PolicyResponse.of(this.policy.version(actor, number)));
	}

	/** The caller's own career horizon (a talent's); 404 {@code alumni.mobility.horizon.none} until set. */
	@ApiResponse(responseCode = "200", description = "The caller's own horizon", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "The caller has set no horizon",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@GetMapping("/api/v1/me/career-horizon")
	HorizonResponse myHorizon(Actor actor) {
		return this.horizons.mine(actor)
			.map(HorizonResponse::of)
			.orElseThrow(() -> new NotFoundException("alumni.mobility.horizon.none", "You have set no career horizon"));
	}

	/** Sets the caller's own career horizon; {@code version} is the one read (none for a first). */
	@PutMapping("/api/v1/me/career-horizon")
	HorizonResponse setHorizon(Actor actor, @Valid @RequestBody HorizonRequest request) {
		return HorizonResponse.of(this.horizons.set(actor,
				new SetHorizon(request.kind(), request.withinMonths(), request.note(),
						Boolean.TRUE.equals(request.sharedWithManager())),
				request.version()));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/api/v1/me/career-horizon")
	void clearHorizon(Actor actor) {
		this.horizons.clear(actor);
	}

	/** Every talent's horizon for the talent lead; a manager's reports' shared ones; 403 for anyone else. */
	@GetMapping("/api/v1/career-horizons")
	List<HorizonResponse> horizons(Actor actor) {
		return this.horizons.list(actor).stream().map(HorizonResponse::of).toList();
	}

	/** Schema {@code MobilityPolicyResponse}. */
	record PolicyResponse(int number, String title, String body, @Nullable String whatChanged, Instant publishedAt,
			LocalDate publishedOn, @Nullable String publishedBy) {

		static PolicyResponse of(PolicyVersionView v) {
			return new PolicyResponse(v.number(), v.title(), v.body(), v.whatChanged(), v.publishedAt(),
					v.publishedOn(), v.publishedBy());
		}

	}

	/** Schema {@code MobilityPublishRequest}. */
	record PublishRequest(@Nullable @Size(max = MobilityPolicyService.MAX_TITLE) String title,
			@Nullable @Size(max = MobilityPolicyService.MAX_BODY) String body,
			@Nullable @Size(max = MobilityPolicyService.MAX_WHAT_CHANGED) String whatChanged,
			@Nullable Integer baseVersion) {

	}

	/** Schema {@code MobilityDiffResponse}. */
	record DiffResponse(int from, int to, List<DiffLine> lines) {

	}

	/** Schema {@code MobilityDiffLine}: a line kept, removed or added. */
	record DiffLine(PolicyDiff.Kind kind, String text) {

	}

	/** Schema {@code MobilityHorizonRequest}: {@code withinMonths} 3, 6, 12 or 24 for exploring outside. */
	record HorizonRequest(@Nullable HorizonKind kind, @Nullable Integer withinMonths,
			@Nullable @Size(max = CareerHorizonService.MAX_NOTE) String note, @Nullable Boolean sharedWithManager,
			@Nullable Long version) {

	}

	/** Schema {@code MobilityHorizonResponse}. */
	record HorizonResponse(UUID personId, String name, @Nullable String unit, HorizonKind kind,
			@Nullable Integer withinMonths, @Nullable String note, boolean sharedWithManager, Instant updatedAt,
			long version) {

		static HorizonResponse of(HorizonView h) {
			return new HorizonResponse(h.personId(), h.name(), h.unit(), h.kind(), h.withinMonths(), h.note(),
					h.sharedWithManager(), h.updatedAt(), h.version());
		}

	}

}
