package io.cocareer.network.exchange.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.network.exchange.ExchangeService;
import io.cocareer.network.exchange.ItemDirection;
import io.cocareer.network.exchange.ResourceKind;
import io.cocareer.network.exchange.SaveItem;
import io.cocareer.network.exchange.SupportType;
import io.cocareer.network.exchange.internal.ExchangeBackdating;
import io.cocareer.network.demo.DemoTalents;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;

import org.springframework.stereotype.Component;

/**
 * The demo's resource exchange, in every state and dated relative to today: the organisation's
 * open offers and requests (tickets, a lunch-and-learn, speakers wanted); Tara's and Marco's open
 * items; a colleague's introduction proposed for Tara's request and waiting for her; an agreed
 * match of Marco's; exchanges done over the past weeks with their outcomes (one with Tara, one
 * with the organisation); a declined proposal and a withdrawn offer. Written through
 * {@link ExchangeService} as each person; only the dates of the done exchanges are moved back.
 */
@Component
class ExchangeDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(ExchangeDemoSeeder.class);

	private final ExchangeService exchange;

	private final ExchangeBackdating history;

	private final DemoTalents talents;

	private final Clock clock;

	ExchangeDemoSeeder(ExchangeService exchange, ExchangeBackdating history, DemoTalents talents, Clock clock) {
		this.exchange = exchange;
		this.history = history;
		this.talents = talents;
		this.clock = clock;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		Actor lead = demo.lead();
		Actor tara = demo.talent();
		Actor marco = demo.manager();
		List<Actor> colleagues = this.talents.others(demo, 4).stream().map(DemoTalents::asTalent).toList();
		if (colleagues.size() < 4) {
			log.info("Demo exchange skipped: the pool has fewer than four other talents");
			return;
		}
		Actor ana = colleagues.get(0);
		Actor ben = colleagues.get(1);
		Actor chloe = colleagues.get(2);
		Actor dario = colleagues.get(3);

		// open on the marketplace: the organisation's and colleagues'
		post(lead, ItemDirection.OFFER, ResourceKind.EVENTS_AND_TICKETS, null, "Two tickets for Data Council Amsterdam",
				"The organisation pays for two talents to go; tell us what you want to learn there.", today.plusDays(30), true);
		post(lead, ItemDirection.OFFER, ResourceKind.KNOWLEDGE, null, "Lunch-and-learn: how our product strategy is made",
				"An hour with the product board, questions welcome.", today.plusDays(45), true);
		UUID speakers = post(lead, ItemDirection.REQUEST, ResourceKind.KNOWLEDGE, null,
				"Speakers wanted for the internal tech talks", "Twenty minutes on something you learned this year.",
				today.plusDays(60), true);
		post(tara, ItemDirection.OFFER, ResourceKind.KNOWLEDGE, null, "An hour of Python for analysts",
				"I can walk you through pandas and notebooks with your own data.", null, false);
		UUID taraIntro = post(tara, ItemDirection.REQUEST, ResourceKind.INTRODUCTION, null,
				"An introduction to someone in product management",
				"I want to understand how product managers decide what gets built.", today.plusDays(90), false);
		post(marco, ItemDirection.OFFER, ResourceKind.ADVICE, null, "Feedback on your promotion case",
				"Bring your draft; I have sat on the promotion panel twice.", null, false);
		UUID marcoBuddy = post(marco, ItemDirection.REQUEST, ResourceKind.SUPPORT, null,
				"A buddy for our new joiner in January", "Coffee once a week for the first two months.", null, false);
		post(chloe, ItemDirection.REQUEST, ResourceKind.ADVICE, SupportType.PSYCHOSOCIAL, "Someone who returned from parental leave",
				"I would like to hear how you found your feet again.", null, false);

		// waiting for Tara: Ana proposes an introduction for Tara's request
		UUID anaIntro = post(ana, ItemDirection.OFFER, ResourceKind.INTRODUCTION, null,
				"Introduction to a product manager at Fabrikam", "My former team lead runs a product team there.", null, false);
		this.exchange.propose(ana, taraIntro, anaIntro);

		// agreed: Ben offers to be the buddy Marco asked for, and Marco accepted
		UUID benBuddy = post(ben, ItemDirection.OFFER, ResourceKind.SUPPORT, null, "Happy to be a buddy for a new joiner",
				null, null, false);
		UUID agreed = this.exchange.propose(ben, marcoBuddy, benBuddy);
		this.exchange.accept(marco, agreed, this.exchange.match(marco, agreed).version());

		// declined: Ben's talk was not what the tech talks were looking for this time
		UUID benTalk = post(ben, ItemDirection.OFFER, ResourceKind.KNOWLEDGE, null, "A talk on our move to the cloud",
				null, null, false);
		UUID declined = this.exchange.propose(ben, speakers, benTalk);
		this.exchange.decline(lead, declined, this.exchange.match(lead, declined).version());

		// done: the organisation coached Tara's board presentation
		UUID coaching = post(lead, ItemDirection.OFFER, ResourceKind.ADVICE, null,
				"Presentation coaching with the communications team", null, null, true);
		UUID taraBoard = post(tara, ItemDirection.REQUEST, ResourceKind.ADVICE, null, "Advice on presenting to the board",
				null, null, false);
		done(tara, lead, coaching, taraBoard, "Two sessions with the communications team; the board presentation went well.",
				35, 20);
		// done: Tara mentored an intern for the organisation's summer programme
		UUID interns = post(lead, ItemDirection.REQUEST, ResourceKind.SUPPORT, null, "Mentors for our summer interns",
				null, null, true);
		UUID taraMentor = post(tara, ItemDirection.OFFER, ResourceKind.SUPPORT, null, "Mentoring an intern on SQL", null,
				null, false);
		done(tara, lead, taraMentor, interns, "Mentored Sven for eight weeks; he now writes his own queries.", 120, 60);
		// done between colleagues: a meetup ticket
		UUID ticket = post(chloe, ItemDirection.OFFER, ResourceKind.EVENTS_AND_TICKETS, null, "Ticket for the Product Tank meetup",
				null, null, false);
		UUID meetup = post(dario, ItemDirection.REQUEST, ResourceKind.EVENTS_AND_TICKETS, null,
				"Looking to attend a product meetup", null, null, false);
		done(dario, chloe, ticket, meetup, "Went; met two product people I now have coffee with.", 16, 10);

		// withdrawn
		UUID spare = post(dario, ItemDirection.OFFER, ResourceKind.EVENTS_AND_TICKETS, null,
				"Spare ticket for the Dutch Data Summit", null, null, false);
		this.exchange.withdraw(dario, spare);
		log.info("Demo exchange: offers and requests in every state, 3 exchanges done");
	}

	/** The proposer proposes their item for the other's, the other accepts, the proposer records it done; moved back in time. */
	private void done(Actor proposer, Actor answerer, UUID one, UUID other, String outcome, int proposedDaysAgo,
			int doneDaysAgo) {
		boolean proposerOwnsOne = this.exchange.item(proposer, one).mine();
		UUID match = proposerOwnsOne ? this.exchange.propose(proposer, other, one)
				: this.exchange.propose(proposer, one, other);
		this.exchange.accept(answerer, match, this.exchange.match(answerer, match).version());
		this.exchange.recordDone(proposer, match, outcome, null, this.exchange.match(proposer, match).version());
		this.history.backdate(match, proposedDaysAgo, doneDaysAgo);
	}

	private UUID post(Actor actor, ItemDirection direction, ResourceKind kind, SupportType type, String title,
			String description, LocalDate until, boolean forOrganisation) {
		return this.exchange.post(actor, new SaveItem(direction, kind, type, title, description, until, forOrganisation));
	}

}
