package io.cocareer.alumni.conversation.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: proposes the yearly conversations that are due (see
 * {@link ConversationProposals#proposeYearly}) and tells the owners of follow-ups due that they
 * are. Idempotent; one instance runs it (scheduler lock).
 */
@Component
public class ConversationDailyJob {

	private static final Logger log = LoggerFactory.getLogger(ConversationDailyJob.class);

	private final ConversationProposals proposals;

	private final Clock clock;

	ConversationDailyJob(ConversationProposals proposals, Clock clock) {
		this.proposals = proposals;
		this.clock = clock;
	}

	// public for the tests and the demo, which run the round directly
	@Scheduled(cron = "${cocareer.alumni.conversation-cron:0 30 6 * * *}")
	@SchedulerLock(name = "alumni-conversation-daily", lockAtLeastFor = "PT1M")
	public void run() {
		LocalDate today = LocalDate.now(this.clock);
		int proposed = this.proposals.proposeYearly(today);
		int due = this.proposals.remindFollowUpsDue(today);
		if (proposed > 0 || due > 0) {
			log.info("Exit conversations: {} proposed for the year, {} follow-ups due", proposed, due);
		}
	}

}
