package io.cocareer.network.exchange.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who takes part in the resource exchange and what each sees of it, in one place.
 * <ul>
 * <li>Staff with a person (a talent, a manager, the talent lead) take part: they read every open
 * item (a marketplace is for everyone) and post their own. Administrators run the system and
 * alumni have left: they see nothing of it.</li>
 * <li>An item's side is its poster; an organisation's item's side is every talent lead. Only its
 * side changes or withdraws it, and reads it once it is no longer open (besides the other side of
 * a match it is in).</li>
 * <li>A match (who matched with whom, its outcome) is read only by the sides of its two items.</li>
 * </ul>
 * Deny by default: a thing a reader may not see does not exist for them (404).
 */
@Component
public class ExchangeAccess {

	/** Whether the actor takes part in the exchange at all. */
	public boolean mayUseExchange(Actor actor) {
		return actor.personId() != null
				&& (actor.has(Role.TALENT) || actor.has(Role.MANAGER) || actor.has(Role.TALENT_LEAD));
	}

	/** The person the actor acts as, or refused (403) when they do not take part. */
	public UUID participant(Actor actor) {
		if (!mayUseExchange(actor)) {
			throw new PermissionDenied("network.exchange.denied",
					"Only the organisation's people with a person take part in the resource exchange");
		}
		return actor.personId().value();
	}

	/** Whether the actor may post offers and requests on behalf of the organisation: a talent lead. */
	public boolean mayPostForOrganisation(Actor actor) {
		return mayUseExchange(actor) && actor.isTalentLead();
	}

	/** Whether the actor is the item's side: its poster, or a talent lead for the organisation's. */
	public boolean isSide(Actor actor, ExchangeItem item) {
		if (!mayUseExchange(actor)) {
			return false;
		}
		return item.fromOrganisation() ? actor.isTalentLead() : actor.personId().value().equals(item.ownerId());
	}

	/**
	 * Whether the actor may read the item: an open one, everyone taking part; otherwise its side,
	 * or the other side of a match it was in ({@code matchedWith}: the items matched with it).
	 */
	public boolean mayRead(Actor actor, ExchangeItem item, LocalDate today, Collection<ExchangeItem> matchedWith) {
		if (!mayUseExchange(actor)) {
			return false;
		}
		return item.openOn(today) || isSide(actor, item) || matchedWith.stream().anyMatch((other) -> isSide(actor, other));
	}

	/** Whether the actor reads a match: the side of its offer or of its request, nobody else. */
	public boolean mayReadMatch(Actor actor, ExchangeItem offer, ExchangeItem request) {
		return isSide(actor, offer) || isSide(actor, request);
	}

	/** The item, if the actor is its side; otherwise it does not exist for them. */
	public ExchangeItem requireSide(Actor actor, ExchangeItem item) {
		if (!isSide(actor, item)) {
			throw new NotFoundException("network.exchange.item.notYours", "You have no such offer or request");
		}
		return item;
	}

}
