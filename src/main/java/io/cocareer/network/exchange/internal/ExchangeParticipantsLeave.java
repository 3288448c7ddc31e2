package io.cocareer.network.exchange.internal;

import io.cocareer.network.exchange.ItemState;
import io.cocareer.network.exchange.MatchState;
import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person leaves, their open offers and requests are withdrawn (and proposals on them
 * cancelled); their matches agreed or done stay for the other side. When a person is erased,
 * their own items and every match of them go; the organisation's items they posted stay the
 * organisation's, naming nobody. After the event is committed, through the event publication
 * registry (retried if it fails); idempotent.
 */
@Component
class ExchangeParticipantsLeave {

	private final ExchangeItems items;

	private final ExchangeMatches matches;

	ExchangeParticipantsLeave(ExchangeItems items, ExchangeMatches matches) {
		this.items = items;
		this.matches = matches;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		var open = this.items.findByOwnerIdAndFromOrganisationFalseAndState(event.personId().value(), ItemState.OPEN);
		open.forEach((item) -> item.moveTo(ItemState.WITHDRAWN));
		this.matches.involving(open.stream().map(ExchangeItem::id).toList())
			.stream()
			.filter((m) -> m.state() == MatchState.PROPOSED)
			.forEach((m) -> m.moveTo(MatchState.CANCELLED));
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		var own = this.items.findByOwnerIdAndFromOrganisationFalseOrderByCreatedAtDesc(event.personId().value());
		var ownIds = own.stream().map(ExchangeItem::id).toList();
		var theirMatches = this.matches.involving(ownIds);
		// an exchange agreed with them will not happen: the other side's item is open again
		var reopened = theirMatches.stream()
			.filter((m) -> m.state() == MatchState.AGREED)
			.flatMap((m) -> java.util.stream.Stream.of(m.offerId(), m.requestId()))
			.filter((id) -> !ownIds.contains(id))
			.toList();
		this.items.findAllById(reopened).stream()
			.filter((item) -> item.state() == ItemState.MATCHED)
			.forEach((item) -> item.moveTo(ItemState.OPEN));
		this.matches.deleteAll(theirMatches);
		this.items.deleteAll(own);
		this.items.findByOwnerIdAndFromOrganisationTrue(event.personId().value()).forEach(ExchangeItem::forgetPoster);
		this.matches.findByProposerIdOrDoneBy(event.personId().value(), event.personId().value())
			.forEach((m) -> m.forget(event.personId().value()));
	}

}
