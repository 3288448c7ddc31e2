package io.cocareer.network.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.cocareer.network.exchange.internal.ExchangeAccess;
import io.cocareer.network.exchange.internal.ExchangeItem;
import io.cocareer.network.exchange.internal.ExchangeItems;
import io.cocareer.network.exchange.internal.ExchangeMatch;
import io.cocareer.network.exchange.internal.ExchangeMatches;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.Notice;
import io.cocareer.shared.NoticeDone;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource exchange: offers and requests on a marketplace for the organisation's people,
 * matched one offer to one request, agreed by both sides and recorded as done with an outcome.
 * What each caller may see and do is {@link ExchangeAccess}'s; every change is audited without
 * its words (no title, description or outcome), and the side that must act is notified.
 */
@Service
public class ExchangeService {

	public static final int MAX_TITLE = 120;

	public static final int MAX_DESCRIPTION = 2000;

	public static final int MAX_OUTCOME = 500;

	/** Most open items one person (or the organisation) keeps on the marketplace at once. */
	public static final int MAX_OPEN_ITEMS = 30;

	private final ExchangeItems items;

	private final ExchangeMatches matches;

	private final ExchangeAccess access;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExchangeService(ExchangeItems items, ExchangeMatches matches, ExchangeAccess access, PeopleDirectory people,
			ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.matches = matches;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor takes part in the exchange (pages show the card and the link by it). */
	public boolean mayUseExchange(Actor actor) {
		return this.access.mayUseExchange(actor);
	}

	/** Whether the actor may post for the organisation (the form shows the choice by it). */
	public boolean mayPostForOrganisation(Actor actor) {
		return this.access.mayPostForOrganisation(actor);
	}

	/** Refuses (403) whoever does not take part in the exchange: an administrator, an alumnus. */
	public void requireParticipant(Actor actor) {
		this.access.participant(actor);
	}

	// ---------------------------------------------------------------- reading

	/** The marketplace: open items, newest first, filtered. */
	@Transactional(readOnly = true)
	public PageResult<ExchangeItemView> market(Actor actor, ExchangeFilter filter, Paging paging) {
		this.access.participant(actor);
		Boolean organisation = (filter.source() == null) ? null : filter.source() == ItemSource.ORGANISATION;
		Page<ExchangeItem> page = this.items.market(today(), filter.direction(), filter.kind(), filter.type(),
				organisation, PageRequest.of(paging.page(), paging.size()));
		return new PageResult<>(views(actor, page.getContent()), paging.page(), paging.size(), page.getTotalElements());
	}

	/** The actor's own items in every state (and the organisation's, for a talent lead), newest first. */
	@Transactional(readOnly = true)
	public List<ExchangeItemView> myItems(Actor actor) {
		return views(actor, sideItems(actor));
	}

	/** The actor's own open items of one direction: what they can propose for an item of the other. */
	@Transactional(readOnly = true)
	public List<ExchangeItemView> myOpenItems(Actor actor, ItemDirection direction) {
		LocalDate today = today();
		return views(actor, sideItems(actor).stream()
			.filter((i) -> i.direction() == direction && i.openOn(today))
			.toList());
	}

	@Transactional(readOnly = true)
	public ExchangeItemView item(Actor actor, UUID itemId) {
		return views(actor, List.of(readable(actor, itemId))).get(0);
	}

	/** The matches of an item that the actor is a side of; none for anybody else. */
	@Transactional(readOnly = true)
	public List<ExchangeMatchView> matchesOf(Actor actor, UUID itemId) {
		ExchangeItem item = readable(actor, itemId);
		return matchViews(actor, this.matches.involving(List.of(item.id())));
	}

	/** Every match the actor's side is in, newest first. */
	@Transactional(readOnly = true)
	public List<ExchangeMatchView> myMatches(Actor actor) {
		this.access.participant(actor);
		return matchViews(actor, this.matches.involving(sideItems(actor).stream().map(ExchangeItem::id).toList()));
	}

	@Transactional(readOnly = true)
	public ExchangeMatchView match(Actor actor, UUID matchId) {
		return matchViews(actor, List.of(visibleMatch(actor, matchId))).get(0);
	}

	/** The actor's part of the exchange in numbers. */
	@Transactional(readOnly = true)
	public ExchangeSummary summary(Actor actor) {
		LocalDate today = today();
		// the reader's own, and for a talent lead the organisation's they answer for
		List<ExchangeItem> ownOpen = sideItems(actor).stream().filter((i) -> i.openOn(today)).toList();
		List<ExchangeMatchView> matches = myMatches(actor);
		return new ExchangeSummary(ownOpen.stream().filter((i) -> i.direction() == ItemDirection.OFFER).count(),
				ownOpen.stream().filter((i) -> i.direction() == ItemDirection.REQUEST).count(),
				matches.stream().filter(ExchangeMatchView::awaitsReader).count(),
				matches.stream().filter((m) -> m.state() == MatchState.AGREED).count(),
				matches.stream().filter((m) -> m.state() == MatchState.DONE).count());
	}

	/** How many exchanges the organisation has done in all: a number that names nobody. */
	@Transactional(readOnly = true)
	public long exchangesDone(Actor actor) {
		this.access.participant(actor);
		return this.matches.countByState(MatchState.DONE);
	}

	// ---------------------------------------------------------------- items

	@Transactional
	public UUID post(Actor actor, SaveItem item) {
		UUID personId = this.access.participant(actor);
		if (item.direction() == null) {
			throw new InvalidInput("direction", "network.exchange.item.directionRequired", "Choose an offer or a request");
		}
		if (item.fromOrganisation() && !this.access.mayPostForOrganisation(actor)) {
			throw new InvalidInput("fromOrganisation", "network.exchange.item.organisationForLeads",
					"Only a talent lead posts for the organisation");
		}
		check(item);
		LocalDate today = today();
		long open = (item.fromOrganisation() ? this.items.findByFromOrganisationTrueOrderByCreatedAtDesc()
				: this.items.findByOwnerIdAndFromOrganisationFalseOrderByCreatedAtDesc(personId))
			.stream()
			.filter((i) -> i.openOn(today))
			.count();
		if (open >= MAX_OPEN_ITEMS) {
			throw new BusinessRuleViolation("network.exchange.item.tooMany",
					"At most %d offers and requests are open at once".formatted(MAX_OPEN_ITEMS), MAX_OPEN_ITEMS);
		}
		ExchangeItem stored = new ExchangeItem(personId, item.fromOrganisation(), item.direction(), item.kind(),
				typeOf(item), item.title().strip(), description(item), item.until(), this.clock.instant());
		this.items.save(stored);
		this.events.publishEvent(AuditEvent.career("network.exchange.posted", "networkExchangeItem", stored.id(),
				AuditEvent.term("audit.networkExchange." + stored.direction()),
				AuditEvent.term("network.exchange.kind." + stored.kind()),
				AuditEvent.term("audit.networkExchangeFrom." + (stored.fromOrganisation() ? "ORGANISATION" : "SELF"))));
		return stored.id();
	}

	/** Changes an open item (its direction and whose it is stay). */
	@Transactional
	public void change(Actor actor, UUID itemId, SaveItem item, long expectedVersion) {
		this.access.participant(actor);
		ExchangeItem stored = this.access.requireSide(actor, find(itemId));
		if (stored.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The item changed since it was read");
		}
		if (stored.state() != ItemState.OPEN) {
			throw new BusinessRuleViolation("network.exchange.item.notOpen", "Only an open offer or request can be changed");
		}
		check(item);
		stored.change(item.kind(), typeOf(item), item.title().strip(), description(item), item.until());
		this.events.publishEvent(AuditEvent.career("network.exchange.changed", "networkExchangeItem", stored.id(),
				AuditEvent.term("audit.networkExchange." + stored.direction())));
	}

	/** Takes an open item off the marketplace; the proposals on it are cancelled. */
	@Transactional
	public void withdraw(Actor actor, UUID itemId) {
		this.access.participant(actor);
		ExchangeItem stored = this.access.requireSide(actor, find(itemId));
		if (stored.state() == ItemState.MATCHED) {
			throw new BusinessRuleViolation("network.exchange.item.matched",
					"This is matched: call the match off first, then withdraw it");
		}
		if (stored.state() != ItemState.OPEN) {
			throw new BusinessRuleViolation("network.exchange.item.notOpen", "This is no longer open");
		}
		stored.moveTo(ItemState.WITHDRAWN);
		cancelProposals(List.of(stored.id()), null);
		this.events.publishEvent(AuditEvent.career("network.exchange.withdrawn", "networkExchangeItem", stored.id(),
				AuditEvent.term("audit.networkExchange." + stored.direction())));
	}

	private void check(SaveItem item) {
		if (item.kind() == null) {
			throw new InvalidInput("kind", "network.exchange.item.kindRequired", "Choose what kind of resource it is");
		}
		if (item.title() == null || item.title().isBlank()) {
			throw new InvalidInput("title", "network.exchange.item.titleRequired", "Give it a title");
		}
		if (item.title().strip().length() > MAX_TITLE) {
			throw new InvalidInput("title", "network.exchange.item.titleTooLong",
					"A title has at most %d characters".formatted(MAX_TITLE), MAX_TITLE);
		}
		if (item.description() != null && item.description().strip().length() > MAX_DESCRIPTION) {
			throw new InvalidInput("description", "network.exchange.item.descriptionTooLong",
					"A description has at most %d characters".formatted(MAX_DESCRIPTION), MAX_DESCRIPTION);
		}
		if (item.until() != null && item.until().isBefore(today())) {
			throw new InvalidInput("until", "network.exchange.item.untilPast", "The last day cannot be in the past");
		}
	}

	private static SupportType typeOf(SaveItem item) {
		return (item.type() != null) ? item.type() : item.kind().defaultType();
	}

	private static String description(SaveItem item) {
		return (item.description() == null || item.description().isBlank()) ? null : item.description().strip();
	}

	// ---------------------------------------------------------------- matches

	/**
	 * Proposes the actor's own item for another's: their offer for a request, or their request for
	 * an offer. The other side accepts or declines.
	 */
	@Transactional
	public UUID propose(Actor actor, UUID targetId, UUID ownItemId) {
		UUID personId = this.access.participant(actor);
		ExchangeItem target = readable(actor, targetId);
		if (ownItemId == null) {
			throw new InvalidInput("itemId", "network.exchange.match.itemRequired", "Choose one of your offers or requests");
		}
		ExchangeItem own = this.items.findById(ownItemId)
			.filter((i) -> this.access.isSide(actor, i))
			.orElseThrow(() -> new InvalidInput("itemId", "network.exchange.match.notYourItem",
					"Choose one of your own offers or requests"));
		if (this.access.isSide(actor, target)) {
			throw new BusinessRuleViolation("network.exchange.match.ownItems", "You cannot match your own items with each other");
		}
		if (own.direction() == target.direction()) {
			throw new InvalidInput("itemId", "network.exchange.match.sameDirection",
					"An offer is matched to a request: choose one of the other kind");
		}
		LocalDate today = today();
		if (!target.openOn(today) || !own.openOn(today)) {
			throw new BusinessRuleViolation("network.exchange.match.notOpen",
					"Only open offers and requests can be matched: this one is withdrawn, matched or over");
		}
		ExchangeItem offer = (own.direction() == ItemDirection.OFFER) ? own : target;
		ExchangeItem request = (offer == own) ? target : own;
		if (this.matches.countPair(offer.id(), request.id(), List.of(MatchState.PROPOSED, MatchState.AGREED)) > 0) {
			throw new BusinessRuleViolation("network.exchange.match.duplicate", "These two are already matched or proposed");
		}
		ExchangeMatch match = new ExchangeMatch(offer.id(), request.id(), own.direction(), personId, this.clock.instant());
		this.matches.save(match);
		this.events.publishEvent(notice(target, "network.exchange.proposed", by(own, "notice.network.exchange.proposed"),
				List.of(sideName(own), own.title(), target.title()), target.id(), match.id())
			.asking(actionKey(match.id())));
		this.events.publishEvent(AuditEvent.career("network.exchange.proposed", "networkExchangeMatch", match.id(),
				AuditEvent.term("audit.networkExchange." + own.direction())));
		return match.id();
	}

	/** The side asked accepts: the match is agreed, both items are matched, other proposals on them end. */
	@Transactional
	public void accept(Actor actor, UUID matchId, long expectedVersion) {
		this.access.participant(actor);
		ExchangeMatch match = visibleMatch(actor, matchId);
		requireVersion(match, expectedVersion);
		if (match.state() != MatchState.PROPOSED) {
			throw new BusinessRuleViolation("network.exchange.match.notProposed", "Only a proposed match can be accepted");
		}
		ExchangeItem answering = find(match.answeringItemId());
		ExchangeItem proposing = find(match.proposingItemId());
		if (!this.access.isSide(actor, answering)) {
			throw new BusinessRuleViolation("network.exchange.match.awaitsOtherSide",
					"The other side accepts or declines what you proposed");
		}
		LocalDate today = today();
		if (!answering.openOn(today) || !proposing.openOn(today)) {
			throw new BusinessRuleViolation("network.exchange.match.notOpen",
					"Only open offers and requests can be matched: this one is withdrawn, matched or over");
		}
		match.agree(this.clock.instant());
		answering.moveTo(ItemState.MATCHED);
		proposing.moveTo(ItemState.MATCHED);
		cancelProposals(List.of(answering.id(), proposing.id()), match.id());
		this.events.publishEvent(NoticeDone.forEveryone(actionKey(match.id())));
		for (ExchangeItem side : List.of(answering, proposing)) {
			ExchangeItem other = (side == answering) ? proposing : answering;
			this.events.publishEvent(notice(side, "network.exchange.agreed", by(other, "notice.network.exchange.agreed"),
					List.of(side.title(), sideName(other), other.title()), side.id(), match.id()));
		}
		this.events.publishEvent(AuditEvent.career("network.exchange.accepted", "networkExchangeMatch", match.id()));
	}

	/**
	 * A side declines a proposal (the proposer takes theirs back the same way) or calls off an
	 * agreed match: its items are open again.
	 */
	@Transactional
	public void decline(Actor actor, UUID matchId, long expectedVersion) {
		this.access.participant(actor);
		ExchangeMatch match = visibleMatch(actor, matchId);
		requireVersion(match, expectedVersion);
		if (!match.live()) {
			throw new BusinessRuleViolation("network.exchange.match.closed", "This match is already closed");
		}
		boolean agreed = match.state() == MatchState.AGREED;
		match.moveTo(MatchState.DECLINED);
		ExchangeItem offer = find(match.offerId());
		ExchangeItem request = find(match.requestId());
		if (agreed) {
			Stream.of(offer, request).filter((i) -> i.state() == ItemState.MATCHED).forEach((i) -> i.moveTo(ItemState.OPEN));
		}
		this.events.publishEvent(NoticeDone.forEveryone(actionKey(match.id())));
		ExchangeItem other = this.access.isSide(actor, offer) ? request : offer;
		ExchangeItem mine = (other == offer) ? request : offer;
		this.events.publishEvent(notice(other, "network.exchange.declined", by(mine, "notice.network.exchange.declined"),
				List.of(sideName(mine), mine.title(), other.title()), other.id(), match.id()));
		this.events.publishEvent(AuditEvent.career("network.exchange.declined", "networkExchangeMatch", match.id(),
				AuditEvent.term("audit.networkExchangeMatch." + (agreed ? "AGREED" : "PROPOSED"))));
	}

	/** Either side records that the agreed exchange happened, with its outcome and date. */
	@Transactional
	public void recordDone(Actor actor, UUID matchId, String outcome, LocalDate doneOn, long expectedVersion) {
		UUID personId = this.access.participant(actor);
		ExchangeMatch match = visibleMatch(actor, matchId);
		requireVersion(match, expectedVersion);
		if (match.state() != MatchState.AGREED) {
			throw new BusinessRuleViolation("network.exchange.match.notAgreed",
					"An exchange is recorded as done once both sides have agreed to it");
		}
		if (outcome == null || outcome.isBlank()) {
			throw new InvalidInput("outcome", "network.exchange.done.outcomeRequired", "Say in a few words what came of it");
		}
		if (outcome.strip().length() > MAX_OUTCOME) {
			throw new InvalidInput("outcome", "network.exchange.done.outcomeTooLong",
					"An outcome has at most %d characters".formatted(MAX_OUTCOME), MAX_OUTCOME);
		}
		LocalDate on = (doneOn != null) ? doneOn : today();
		if (on.isAfter(today())) {
			throw new InvalidInput("doneOn", "network.exchange.done.inFuture", "The exchange cannot be done in the future");
		}
		if (on.isBefore(LocalDate.ofInstant(match.proposedAt(), zone()))) {
			throw new InvalidInput("doneOn", "network.exchange.done.beforeProposal",
					"The exchange cannot be done before it was proposed");
		}
		match.done(outcome.strip(), on, personId);
		ExchangeItem offer = find(match.offerId());
		ExchangeItem request = find(match.requestId());
		offer.moveTo(ItemState.DONE);
		request.moveTo(ItemState.DONE);
		ExchangeItem other = this.access.isSide(actor, offer) ? request : offer;
		ExchangeItem mine = (other == offer) ? request : offer;
		this.events.publishEvent(notice(other, "network.exchange.done", by(mine, "notice.network.exchange.done"),
				List.of(sideName(mine), other.title()), other.id(), match.id()));
		this.events.publishEvent(AuditEvent.career("network.exchange.done", "networkExchangeMatch", match.id(),
				AuditEvent.text(on)));
	}

	/** Proposals on these items end (except {@code keep}): the items are taken or gone. */
	private void cancelProposals(Collection<UUID> itemIds, UUID keep) {
		this.matches.involving(itemIds)
			.stream()
			.filter((m) -> m.state() == MatchState.PROPOSED && !m.id().equals(keep))
			.forEach((m) -> {
				m.moveTo(MatchState.CANCELLED);
				this.events.publishEvent(NoticeDone.forEveryone(actionKey(m.id())));
			});
	}

	private static String actionKey(UUID matchId) {
		return "network.exchange.match." + matchId;
	}

	/** A notice to an item's side: its poster, or every talent lead for the organisation's. */
	private static Notice notice(ExchangeItem to, String kind, String code, List<String> arguments, UUID itemId,
			UUID matchId) {
		Set<UUID> persons = to.fromOrganisation() || to.ownerId() == null ? Set.of() : Set.of(to.ownerId());
		Set<Role> roles = to.fromOrganisation() ? Set.of(Role.TALENT_LEAD) : Set.of();
		return new Notice(kind, persons, roles, code, arguments, "/network/exchange/items/" + itemId,
				kind + "." + matchId);
	}

	private static void requireVersion(ExchangeMatch match, long expectedVersion) {
		if (match.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The match changed since it was read");
		}
	}

	// ---------------------------------------------------------------- lookups and views

	private ExchangeItem find(UUID itemId) {
		return this.items.findById(itemId).orElseThrow(ExchangeService::noItem);
	}

	private static NotFoundException noItem() {
		return new NotFoundException("network.exchange.item.notFound", "There is no such offer or request");
	}

	/** The item, if the actor may read it; otherwise it does not exist for them. */
	private ExchangeItem readable(Actor actor, UUID itemId) {
		this.access.participant(actor);
		ExchangeItem item = find(itemId);
		LocalDate today = today();
		if (item.openOn(today) || this.access.isSide(actor, item)) {
			return item;
		}
		List<ExchangeMatch> involved = this.matches.involving(List.of(item.id()));
		Set<UUID> others = involved.stream()
			.filter((m) -> m.state() == MatchState.AGREED || m.state() == MatchState.DONE)
			.map((m) -> m.offerId().equals(item.id()) ? m.requestId() : m.offerId())
			.collect(Collectors.toSet());
		if (!this.access.mayRead(actor, item, today, this.items.findAllById(others))) {
			throw noItem();
		}
		return item;
	}

	private ExchangeMatch visibleMatch(Actor actor, UUID matchId) {
		this.access.participant(actor);
		ExchangeMatch match = this.matches.findById(matchId).orElseThrow(ExchangeService::noMatch);
		if (!this.access.mayReadMatch(actor, find(match.offerId()), find(match.requestId()))) {
			throw noMatch();
		}
		return match;
	}

	private static NotFoundException noMatch() {
		return new NotFoundException("network.exchange.match.notFound", "There is no such match");
	}

	/** The items the actor is the side of: their own, and the organisation's for a talent lead. */
	private List<ExchangeItem> sideItems(Actor actor) {
		UUID personId = this.access.participant(actor);
		List<ExchangeItem> found = new ArrayList<>(
				this.items.findByOwnerIdAndFromOrganisationFalseOrderByCreatedAtDesc(personId));
		if (this.access.mayPostForOrganisation(actor)) {
			found.addAll(this.items.findByFromOrganisationTrueOrderByCreatedAtDesc());
		}
		found.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
		return found;
	}

	private List<ExchangeItemView> views(Actor actor, List<ExchangeItem> found) {
		Map<UUID, PersonSummary> names = this.people.summaries(
				found.stream().filter((i) -> !i.fromOrganisation()).map(ExchangeItem::ownerId).filter(Objects::nonNull).toList());
		LocalDate today = today();
		return found.stream().map((i) -> new ExchangeItemView(i.id(), i.direction(), i.kind(), i.type(), i.title(),
				i.description(), i.until(), i.fromOrganisation(), posterName(i, names), i.state(), i.openOn(today),
				this.access.isSide(actor, i), i.createdAt(), i.version()))
			.toList();
	}

	private static String posterName(ExchangeItem item, Map<UUID, PersonSummary> names) {
		if (item.fromOrganisation()) {
			return null;
		}
		PersonSummary person = names.get(item.ownerId());
		return (person != null) ? person.fullName() : null;
	}

	private List<ExchangeMatchView> matchViews(Actor actor, List<ExchangeMatch> found) {
		Set<UUID> ids = new HashSet<>();
		found.forEach((m) -> {
			ids.add(m.offerId());
			ids.add(m.requestId());
		});
		Map<UUID, ExchangeItem> byId = this.items.findAllById(ids).stream()
			.collect(Collectors.toMap(ExchangeItem::id, Function.identity()));
		Map<UUID, PersonSummary> names = this.people.summaries(byId.values().stream()
			.filter((i) -> !i.fromOrganisation())
			.map(ExchangeItem::ownerId)
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		Map<UUID, ExchangeMatchView> views = new LinkedHashMap<>();
		for (ExchangeMatch m : found) {
			ExchangeItem offer = byId.get(m.offerId());
			ExchangeItem request = byId.get(m.requestId());
			if (offer == null || request == null || !this.access.mayReadMatch(actor, offer, request)) {
				continue;
			}
			boolean answering = this.access.isSide(actor, byId.get(m.answeringItemId()));
			views.put(m.id(), new ExchangeMatchView(m.id(), offer.id(), offer.title(), offer.fromOrganisation(),
					posterName(offer, names), request.id(), request.title(), request.fromOrganisation(),
					posterName(request, names), m.proposedFrom(), m.state(), m.proposedAt(), m.agreedAt(), m.outcome(),
					m.doneOn(), answering && m.state() == MatchState.PROPOSED, m.live(), m.state() == MatchState.AGREED,
					m.version()));
		}
		return List.copyOf(views.values());
	}

	/** A notice's message about what the item's side did: its own words when that side is the organisation. */
	private static String by(ExchangeItem item, String code) {
		return item.fromOrganisation() ? code + ".organisation" : code;
	}

	/** The side's name for a notice: the poster's (the organisation's messages name no one). */
	private String sideName(ExchangeItem item) {
		if (item.fromOrganisation() || item.ownerId() == null) {
			return "";
		}
		return this.people.find(PersonId.of(item.ownerId())).map((p) -> p.fullName()).orElse("a colleague");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private ZoneId zone() {
		return this.clock.getZone();
	}

}
