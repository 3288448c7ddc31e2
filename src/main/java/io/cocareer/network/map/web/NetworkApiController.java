package io.cocareer.network.map.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.map.NetworkMapView;
import io.cocareer.network.ShareAudience;
import io.cocareer.network.ShareScope;
import io.cocareer.network.map.NetworkExport;
import io.cocareer.network.map.NetworkService;
import io.cocareer.network.map.NetworkSharing;
import io.cocareer.network.map.ShareView;
import io.cocareer.network.map.SaveDeveloper;
import io.cocareer.network.SupportFunction;
import io.cocareer.network.health.NetworkHealth;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in talent's own developmental network over JSON: the map, its health, and the
 * changes to both. Nobody reaches another talent's map here. Its schemas are {@code Network…}.
 */
@RestController
@RequestMapping("/api/v1/me/network")
class NetworkApiController {

	private final NetworkService network;

	private final NetworkSharing sharing;

	private final NetworkExport export;

	private final MessageSource messages;

	NetworkApiController(NetworkService network, NetworkSharing sharing, NetworkExport export, MessageSource messages) {
		this.network = network;
		this.sharing = sharing;
		this.export = export;
		this.messages = messages;
	}

	/** The map as GraphML, for Gephi, yEd or NetworkX. */
	@ApiResponse(responseCode = "200", description = "The talent and their developers as nodes, every tie as a weighted edge",
			content = @Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string")))
	@GetMapping("/export.graphml")
	ResponseEntity<String> exportGraphml(Actor actor) {
		// built before anything is answered: a refusal still answers as one
		return NetworkPage.download(this.export.graphml(actor), "application/graphml+xml", "my-network.graphml");
	}

	/** The map as CSV: one developer a row, with whom they know. */
	@ApiResponse(responseCode = "200", description = "One developer a row, with whom they know",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@GetMapping("/export.csv")
	ResponseEntity<String> exportCsv(Actor actor) {
		return NetworkPage.download(this.export.csv(actor), "text/csv", "my-network.csv");
	}

	@GetMapping("/shares")
	List<ShareResponse> shares(Actor actor) {
		return this.sharing.myShares(actor).stream().map(ShareResponse::of).toList();
	}

	/** Shares the map or its health with the manager or the talent leads (or changes how much). */
	@PutMapping("/shares/{audience}")
	List<ShareResponse> share(Actor actor, @PathVariable ShareAudience audience, @Valid @RequestBody ShareRequest request) {
		this.sharing.share(actor, audience, request.scope());
		return shares(actor);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/shares/{audience}")
	void revoke(Actor actor, @PathVariable ShareAudience audience) {
		this.sharing.revoke(actor, audience);
	}

	@GetMapping
	MapResponse map(Actor actor) {
		return MapResponse.of(this.network.myMap(actor));
	}

	/** Deletes the whole map: developers, ties and the desired network. */
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping
	void deleteMap(Actor actor) {
		this.network.deleteMyMap(actor);
	}

	@GetMapping("/health")
	HealthResponse health(Actor actor, Locale locale) {
		NetworkHealth health = this.network.myHealth(actor).health();
		return HealthResponse.of(health, (nudge) -> NetworkPage.nudgeText(this.messages, nudge, locale));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/developers")
	ResponseEntity<DeveloperResponse> addDeveloper(Actor actor, @Valid @RequestBody DeveloperRequest request) {
		UUID id = this.network.addDeveloper(actor, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/me/network/developers/" + id)).body(developer(actor, id));
	}

	@GetMapping("/developers/{developerId}")
	DeveloperResponse developer(Actor actor, @PathVariable UUID developerId) {
		return this.network.myMap(actor).developer(developerId).map(DeveloperResponse::of)
			.orElseThrow(() -> new io.cocareer.shared.NotFoundException("network.developer.notFound",
					"There is no such entry on your map"));
	}

	@PutMapping("/developers/{developerId}")
	DeveloperResponse changeDeveloper(Actor actor, @PathVariable UUID developerId,
			@Valid @RequestBody ChangeDeveloperRequest request) {
		this.network.changeDeveloper(actor, developerId, request.developer().toCommand(), request.version());
		return developer(actor, developerId);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/developers/{developerId}")
	void removeDeveloper(Actor actor, @PathVariable UUID developerId) {
		this.network.removeDeveloper(actor, developerId);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/ties")
	ResponseEntity<TieResponse> addTie(Actor actor, @Valid @RequestBody TieRequest request) {
		UUID id = this.network.addTie(actor, request.oneId(), request.otherId());
		NetworkMapView.TieView tie = this.network.myMap(actor).ties().stream()
			.filter((t) -> t.id().equals(id))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/me/network/ties/" + id))
			.body(new TieResponse(tie.id(), tie.oneId(), tie.otherId()));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/ties/{tieId}")
	void removeTie(Actor actor, @PathVariable UUID tieId) {
		this.network.removeTie(actor, tieId);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/gaps")
	GapResponse addGap(Actor actor, @Valid @RequestBody GapRequest request) {
		UUID id = this.network.addGap(actor, request.role(), request.arena(), request.description());
		return new GapResponse(id, request.role(), request.arena(), request.description().strip());
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/gaps/{gapId}")
	void removeGap(Actor actor, @PathVariable UUID gapId) {
		this.network.removeGap(actor, gapId);
	}

	/**
	 * Schema {@code NetworkDeveloperRequest}: a person of the organisation by {@code personId}, or
	 * an external developer by {@code name} (and {@code organisation}).
	 */
	record DeveloperRequest(@Nullable UUID personId, @Nullable @Size(max = 120) String name,
			@Nullable @Size(max = 120) String organisation, @NotNull Arena arena, @NotNull DeveloperRole role,
			@NotNull @Min(1) @Max(5) Integer closeness, @NotNull ContactFrequency contactFrequency,
			@Nullable LocalDate lastContact, @Nullable @Size(max = 9) Set<@NotNull SupportFunction> support) {

		SaveDeveloper toCommand() {
			return new SaveDeveloper(PersonId.ofNullable(this.personId), this.name, this.organisation, this.arena, this.role,
					this.closeness, this.contactFrequency, this.lastContact, this.support);
		}

	}

	/** Schema {@code NetworkChangeDeveloperRequest}: the developer as it should be, and the version read. */
	record ChangeDeveloperRequest(@NotNull @Valid DeveloperRequest developer, @NotNull Long version) {

	}

	/** Schema {@code NetworkTieRequest}: two developers of the map who know each other. */
	record TieRequest(@NotNull UUID oneId, @NotNull UUID otherId) {

	}

	/** Schema {@code NetworkGapRequest}: a developer the talent wants. */
	record GapRequest(@NotNull DeveloperRole role, @Nullable Arena arena, @NotNull @Size(min = 1, max = 200) String description) {

	}

	/** Schema {@code NetworkShareRequest}: how much the audience sees, the whole map or only its health. */
	record ShareRequest(@NotNull ShareScope scope) {

	}

	/** Schema {@code NetworkShareResponse}. */
	record ShareResponse(ShareAudience audience, ShareScope scope, java.time.Instant sharedAt) {

		static ShareResponse of(ShareView share) {
			return new ShareResponse(share.audience(), share.scope(), share.sharedAt());
		}

	}

	/** Schema {@code NetworkMapResponse}. */
	record MapResponse(List<DeveloperResponse> developers, List<TieResponse> ties, List<GapResponse> gaps) {

		static MapResponse of(NetworkMapView map) {
			return new MapResponse(map.developers().stream().map(DeveloperResponse::of).toList(),
					map.ties().stream().map((t) -> new TieResponse(t.id(), t.oneId(), t.otherId())).toList(),
					map.gaps().stream().map((g) -> new GapResponse(g.id(), g.role(), g.arena(), g.description())).toList());
		}

	}

	/** Schema {@code NetworkDeveloperResponse}. */
	record DeveloperResponse(UUID id, @Nullable UUID personId, String name, @Nullable String organisation,
			boolean internal, Arena arena, DeveloperRole role, int closeness, ContactFrequency contactFrequency,
			@Nullable LocalDate lastContact, Set<SupportFunction> support, long version) {

		static DeveloperResponse of(NetworkMapView.DeveloperView d) {
			return new DeveloperResponse(d.id(), d.personId(), d.name(), d.organisation(), d.internal(), d.arena(),
					d.role(), d.closeness(), d.contactFrequency(), d.lastContact(), new TreeSet<>(d.support()),
					d.version());
		}

	}

	/** Schema {@code NetworkTieResponse}: two developer ids. */
	record TieResponse(UUID id, UUID oneId, UUID otherId) {

	}

	/** Schema {@code NetworkGapResponse}. */
	record GapResponse(UUID id, DeveloperRole role, @Nullable Arena arena, String description) {

	}

	/**
	 * Schema {@code NetworkHealthResponse}: every measure of DOMAIN.md §2 for the map; a measure
	 * that an empty map has no value for is null.
	 */
	record HealthResponse(int size, int range, double density, @Nullable Double blau, @Nullable Double iqv,
			@Nullable Double shannon, @Nullable Double eiIndex, @Nullable Double effectiveSize, @Nullable Double efficiency, @Nullable Double constraint,
			@Nullable Double hierarchy, @Nullable Double meanCloseness, double functionCoverage,
			double largestSupportShare, double robustness, int staleTies, String type, Thresholds thresholds,
			List<Nudge> nudges) {

		static HealthResponse of(NetworkHealth h, java.util.function.Function<NetworkHealth.Nudge, String> text) {
			return new HealthResponse(h.size(), h.range(), h.density(), finite(h.arenas().blau()),
					finite(h.arenas().iqv()), finite(h.arenas().shannon()), finite(h.eiIndex()),
					finite(h.effectiveSize()), finite(h.efficiency()),
					finite(h.constraint()), finite(h.hierarchy()), finite(h.meanCloseness()), h.functionCoverage(),
					h.largestSupportShare(), h.robustness(), h.staleTies(), h.type().name(),
					new Thresholds(h.thresholds().minRange(), h.thresholds().maxDensity(),
							h.thresholds().minMeanCloseness()),
					h.nudges().stream().map((n) -> new Nudge(n.kind().name(), n.measure(), text.apply(n))).toList());
		}

		private static @Nullable Double finite(double value) {
			return Double.isFinite(value) ? value : null;
		}

	}

	/** Schema {@code NetworkThresholds}: where the Higgins–Kram type was split. */
	record Thresholds(int minRange, double maxDensity, double minMeanCloseness) {

	}

	/** Schema {@code NetworkNudge}: what the talent could do, the measure behind it, in plain words. */
	record Nudge(String code, double measure, String text) {

	}

}
