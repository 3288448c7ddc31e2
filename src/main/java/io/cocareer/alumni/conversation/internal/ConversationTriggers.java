package io.cocareer.alumni.conversation.internal;

import io.cocareer.alumni.CareerHorizonSet;
import io.cocareer.alumni.conversation.Prompt;
import io.cocareer.tour.TourEndedInGoodExit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What prompts a conversation besides the yearly round: a talent setting a career horizon (due
 * within 14 days), and a tour whose closing review chose neither a renewal nor a new tour. The
 * closing review's next step lives in {@code tour.review}, a nested module other modules may not
 * use; the tour module publishes {@link TourEndedInGoodExit} exactly when that next step is a good
 * exit (the one step that is neither), so that root event is the trusted way to learn it, with no
 * actor. Both are idempotent: nothing is proposed while one is open.
 */
@Component
class ConversationTriggers {

	private final ConversationProposals proposals;

	ConversationTriggers(ConversationProposals proposals) {
		this.proposals = proposals;
	}

	@ApplicationModuleListener
	void on(CareerHorizonSet event) {
		this.proposals.proposeUnlessOpen(event.talentId().value(), Prompt.CAREER_HORIZON, event.on(),
				ConversationProposals.HORIZON_DUE_DAYS);
	}

	@ApplicationModuleListener
	void on(TourEndedInGoodExit event) {
		this.proposals.proposeUnlessOpen(event.talentId().value(), Prompt.TOUR_CLOSING, event.on(),
				ConversationProposals.TOUR_DUE_DAYS);
	}

}
