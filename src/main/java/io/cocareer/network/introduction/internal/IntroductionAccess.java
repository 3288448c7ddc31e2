package io.cocareer.network.introduction.internal;

import java.util.UUID;

import io.cocareer.network.introduction.BrokerKind;
import io.cocareer.network.introduction.IntroductionState;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with an introduction, in one place: the talent who asked and the broker
 * asked, nobody else. A request to the talent leads is every talent lead's until one of them
 * answers it; from then on it is that lead's. The target, other managers and administrators see
 * none (deny by default); the broker reads the purpose the talent wrote and nothing of their map.
 */
@Component
public class IntroductionAccess {

	/** A person of the organisation with a staff role asks for and brokers introductions. */
	public boolean mayTakePart(Actor actor) {
		return actor.personId() != null
				&& (actor.has(Role.TALENT) || actor.has(Role.MANAGER) || actor.has(Role.TALENT_LEAD));
	}

	/** The person the actor takes part as, or refused. */
	public UUID self(Actor actor) {
		if (!mayTakePart(actor)) {
			throw new PermissionDenied("network.introduction.denied",
					"Only a person of the organisation asks for and brokers introductions");
		}
		return actor.personId().value();
	}

	public boolean isAsker(Actor actor, Introduction introduction) {
		return mayTakePart(actor) && introduction.talentId().equals(actor.personId().value());
	}

	public boolean isBroker(Actor actor, Introduction introduction) {
		if (!mayTakePart(actor) || isAsker(actor, introduction)) {
			return false;
		}
		if (introduction.brokerId() != null) {
			return introduction.brokerId().equals(actor.personId().value());
		}
		return introduction.brokerKind() == BrokerKind.TALENT_LEAD && !introduction.brokerErased()
				&& introduction.state() == IntroductionState.REQUESTED && actor.has(Role.TALENT_LEAD);
	}

	/** Whether the actor may ask the talent leads: a talent lead asks their manager or a colleague instead. */
	public boolean mayAskTheLeads(Actor actor) {
		return !actor.has(Role.TALENT_LEAD);
	}

	/** Whether requests to the talent leads that none of them has answered are the actor's to answer. */
	public boolean answersForTheLeads(Actor actor) {
		return mayTakePart(actor) && actor.has(Role.TALENT_LEAD);
	}

	public boolean mayRead(Actor actor, Introduction introduction) {
		return isAsker(actor, introduction) || isBroker(actor, introduction);
	}

	public boolean mayAnswer(Actor actor, Introduction introduction) {
		return isBroker(actor, introduction) && introduction.state() == IntroductionState.REQUESTED;
	}

	public boolean mayRecordIntroduced(Actor actor, Introduction introduction) {
		return isBroker(actor, introduction) && introduction.state() == IntroductionState.ACCEPTED;
	}

	public boolean mayWithdraw(Actor actor, Introduction introduction) {
		return isAsker(actor, introduction) && (introduction.state() == IntroductionState.REQUESTED
				|| introduction.state() == IntroductionState.ACCEPTED);
	}

	public boolean mayRecordOutcome(Actor actor, Introduction introduction) {
		return isAsker(actor, introduction) && introduction.state() == IntroductionState.INTRODUCED;
	}

	public boolean mayAddToMap(Actor actor, Introduction introduction) {
		return isAsker(actor, introduction) && introduction.state() == IntroductionState.CLOSED
				&& introduction.outcome() != null && introduction.outcome().met() && introduction.developerId() == null;
	}

}
