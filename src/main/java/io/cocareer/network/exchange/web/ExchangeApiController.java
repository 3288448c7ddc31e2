package io.cocareer.network.exchange.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.network.exchange.ExchangeFilter;
import io.cocareer.network.exchange.ExchangeItemView;
import io.cocareer.network.exchange.ExchangeMatchView;
import io.cocareer.network.exchange.ExchangeService;
import io.cocareer.network.exchange.ExchangeSummary;
import io.cocareer.network.exchange.ItemDirection;
import io.cocareer.network.exchange.ItemSource;
import io.cocareer.network.exchange.ItemState;
import io.cocareer.network.exchange.MatchState;
import io.cocareer.network.exchange.ResourceKind;
import io.cocareer.network.exchange.SaveItem;
import io.cocareer.network.exchange.SupportType;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;

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
 * The resource exchange over JSON: the marketplace of open offers and requests, the caller's own,
 * and the matches of an offer with a request (propose, accept, decline, done). A match and its
 * outcome are its two sides' alone. Its schemas are {@code Exchange…}.
 */
@RestController
@RequestMapping("/api/v1/network/exchange")
class ExchangeApiController {

	private final ExchangeService exchange;

	ExchangeApiController(ExchangeService exchange) {
		this.exchange = exchange;
	}

	/** The open offers and requests, newest first; with {@code mine=true} the caller's own in every state instead. */
	@GetMapping("/items")
	ItemPage items(Actor actor, @RequestParam(required = false) @Nullable ItemDirection direction,
			@RequestParam(required = false) @Nullable ResourceKind kind,
			@RequestParam(required = false) @Nullable SupportType type,
			@RequestParam(required = false) @Nullable ItemSource source,
			@RequestParam(required = false) @Nullable Boolean mine, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		if (Boolean.TRUE.equals(mine)) {
			List<ExchangeItemView> own = this.exchange.myItems(actor);
			return new ItemPage(own.stream().map(ItemResponse::of).toList(), 0, own.size(), own.size());
		}
		PageResult<ExchangeItemView> found = this.exchange.market(actor,
				new ExchangeFilter(direction, kind, type, source), Paging.of(page, size));
		return new ItemPage(found.items().stream().map(ItemResponse::of).toList(), found.page(), found.size(),
				found.total());
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/items")
	ResponseEntity<ItemResponse> post(Actor actor, @Valid @RequestBody ItemRequest request) {
		UUID id = this.exchange.post(actor, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/network/exchange/items/" + id)).body(item(actor, id));
	}

	/** An item; its matches are listed for its side and for the other side of a match only. */
	@GetMapping("/items/{itemId}")
	ItemResponse item(Actor actor, @PathVariable UUID itemId) {
		return ItemResponse.of(this.exchange.item(actor, itemId), this.exchange.matchesOf(actor, itemId));
	}

	/** Changes an open item of the caller's (its direction and whose it is stay). */
	@PutMapping("/items/{itemId}")
	ItemResponse change(Actor actor, @PathVariable UUID itemId, @Valid @RequestBody ChangeItemRequest request) {
		this.exchange.change(actor, itemId, request.toCommand(), request.version());
		return item(actor, itemId);
	}

	/** Withdraws an open item of the caller's: it leaves the marketplace, proposals on it end. */
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/items/{itemId}")
	void withdraw(Actor actor, @PathVariable UUID itemId) {
		this.exchange.withdraw(actor, itemId);
	}

	/** Proposes one of the caller's own items (an offer for a request, or a request for an offer) for this item. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/items/{itemId}/matches")
	ResponseEntity<MatchResponse> propose(Actor actor, @PathVariable UUID itemId,
			@Valid @RequestBody ProposeRequest request) {
		UUID id = this.exchange.propose(actor, itemId, request.itemId());
		return ResponseEntity.created(URI.create("/api/v1/network/exchange/matches/" + id)).body(match(actor, id));
	}

	/** The matches the caller's side is in. */
	@GetMapping("/matches")
	List<MatchResponse> matches(Actor actor) {
		return this.exchange.myMatches(actor).stream().map(MatchResponse::of).toList();
	}

	@GetMapping("/matches/{matchId}")
	MatchResponse match(Actor actor, @PathVariable UUID matchId) {
		return MatchResponse.of(this.exchange.match(actor, matchId));
	}

	/** The side asked accepts a proposal: the match is agreed and both sides are told. */
	@PostMapping("/matches/{matchId}/accept")
	MatchResponse accept(Actor actor, @PathVariable UUID matchId, @Valid @RequestBody VersionRequest request) {
		this.exchange.accept(actor, matchId, request.version());
		return match(actor, matchId);
	}

	/** A side declines a proposal, or calls off an agreed match (its items are open again). */
	@PostMapping("/matches/{matchId}/decline")
	MatchResponse decline(Actor actor, @PathVariable UUID matchId, @Valid @RequestBody VersionRequest request) {
		this.exchange.decline(actor, matchId, request.version());
		return match(actor, matchId);
	}

	/** Either side records that the agreed exchange happened, with its outcome and date (today if none). */
	@PostMapping("/matches/{matchId}/done")
	MatchResponse done(Actor actor, @PathVariable UUID matchId, @Valid @RequestBody DoneRequest request) {
		this.exchange.recordDone(actor, matchId, request.outcome(), request.doneOn(), request.version());
		return match(actor, matchId);
	}

	/** The caller's part of the exchange in numbers, and the exchanges done in the organisation. */
	@GetMapping("/summary")
	SummaryResponse summary(Actor actor) {
		return SummaryResponse.of(this.exchange.summary(actor), this.exchange.exchangesDone(actor));
	}

	/** Schema {@code ExchangeItemRequest}: an offer or a request; {@code type} defaults to the kind's. */
	record ItemRequest(@NotNull ItemDirection direction, @NotNull ResourceKind kind, @Nullable SupportType type,
			@NotNull @Size(max = ExchangeService.MAX_TITLE) String title,
			@Nullable @Size(max = ExchangeService.MAX_DESCRIPTION) String description, @Nullable LocalDate until,
			@Nullable Boolean fromOrganisation) {

		SaveItem toCommand() {
			return new SaveItem(this.direction, this.kind, this.type, this.title, this.description, this.until,
					Boolean.TRUE.equals(this.fromOrganisation));
		}

	}

	/** Schema {@code ExchangeChangeItemRequest}: the item as it should be, and the version read. */
	record ChangeItemRequest(@NotNull ResourceKind kind, @Nullable SupportType type,
			@NotNull @Size(max = ExchangeService.MAX_TITLE) String title,
			@Nullable @Size(max = ExchangeService.MAX_DESCRIPTION) String description, @Nullable LocalDate until,
			@NotNull Long version) {

		SaveItem toCommand() {
			return new SaveItem(null, this.kind, this.type, this.title, this.description, this.until, false);
		}

	}

	/** Schema {@code ExchangeProposeRequest}: the caller's own item to match with the one addressed. */
	record ProposeRequest(@NotNull UUID itemId) {

	}

	/** Schema {@code ExchangeVersionRequest}: the version of the match read. */
	record VersionRequest(@NotNull Long version) {

	}

	/** Schema {@code ExchangeDoneRequest}: what came of the exchange, when, and the version of the match read. */
	record DoneRequest(@NotNull @Size(max = ExchangeService.MAX_OUTCOME) String outcome, @Nullable LocalDate doneOn,
			@NotNull Long version) {

	}

	/** Schema {@code ExchangeItemPage}. */
	record ItemPage(List<ItemResponse> items, int page, int size, long total) {

	}

	/**
	 * Schema {@code ExchangeItemResponse}: {@code postedBy} names a colleague's item's poster (null for
	 * the organisation's); {@code open} is on the marketplace; {@code matches} only for its sides.
	 */
	record ItemResponse(UUID id, ItemDirection direction, ResourceKind kind, SupportType type, String title,
			@Nullable String description, @Nullable LocalDate until, boolean fromOrganisation,
			@Nullable String postedBy, ItemState state, boolean open, boolean mine, Instant createdAt, long version,
			List<MatchResponse> matches) {

		static ItemResponse of(ExchangeItemView i) {
			return of(i, List.of());
		}

		static ItemResponse of(ExchangeItemView i, List<ExchangeMatchView> matches) {
			return new ItemResponse(i.id(), i.direction(), i.kind(), i.type(), i.title(), i.description(), i.until(),
					i.fromOrganisation(), i.postedBy(), i.state(), i.open(), i.mine(), i.createdAt(), i.version(),
					matches.stream().map(MatchResponse::of).toList());
		}

	}

	/** Schema {@code ExchangeMatchResponse}: read only by the sides of its offer and request. */
	record MatchResponse(UUID id, UUID offerId, String offerTitle, boolean offerFromOrganisation,
			@Nullable String offerSide, UUID requestId, String requestTitle, boolean requestFromOrganisation,
			@Nullable String requestSide, ItemDirection proposedFrom, MatchState state, Instant proposedAt,
			@Nullable Instant agreedAt, @Nullable String outcome, @Nullable LocalDate doneOn, boolean awaitsYou,
			long version) {

		static MatchResponse of(ExchangeMatchView m) {
			return new MatchResponse(m.id(), m.offerId(), m.offerTitle(), m.offerFromOrganisation(), m.offerSide(),
					m.requestId(), m.requestTitle(), m.requestFromOrganisation(), m.requestSide(), m.proposedFrom(),
					m.state(), m.proposedAt(), m.agreedAt(), m.outcome(), m.doneOn(), m.awaitsReader(), m.version());
		}

	}

	/** Schema {@code ExchangeSummaryResponse}: the caller's own numbers, and {@code exchangesDone} across the organisation. */
	record SummaryResponse(long openOffers, long openRequests, long matchesWaiting, long agreed, long done,
			long exchangesDone) {

		static SummaryResponse of(ExchangeSummary s, long exchangesDone) {
			return new SummaryResponse(s.openOffers(), s.openRequests(), s.matchesWaiting(), s.agreed(), s.done(),
					exchangesDone);
		}

	}

}
