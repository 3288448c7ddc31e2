package io.cocareer.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.notification.MailSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the mail of stored notifications: the table is the outbox, drained on a schedule, so a
 * user's request never waits for SMTP and a crash after commit loses no mail (it is sent on the
 * next run). Each attempt is claimed in the database first, so two instances never send the same
 * mail twice; a failed one is tried again after a pause that doubles, at most
 * {@code cocareer.mail.max-attempts} times, then given up with its error kept on the row.
 */
@Component
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	static final int BATCH = 50;

	private static final Duration DRAIN_BUDGET = Duration.ofMinutes(2);

	private final Notifications notifications;

	private final MailComposer composer;

	private final MailSettings settings;

	private final JavaMailSender sender;

	private final Clock clock;

	MailOutbox(Notifications notifications, MailComposer composer, MailSettings settings,
			ObjectProvider<JavaMailSender> sender, Clock clock) {
		this.notifications = notifications;
		this.composer = composer;
		this.settings = settings;
		this.sender = sender.getIfAvailable();
		this.clock = clock;
		if (settings.enabled() && this.sender == null) {
			throw new IllegalStateException(
					"cocareer.mail.enabled=true needs an SMTP server: set spring.mail.host (and port, username, password)");
		}
	}

	@Scheduled(initialDelayString = "${cocareer.mail.poll-interval:PT10S}",
			fixedDelayString = "${cocareer.mail.poll-interval:PT10S}")
	@SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT10M")
	void drain() {
		if (this.settings.enabled()) {
			drainFor(DRAIN_BUDGET);
		}
	}

	/**
	 * Sends batch after batch while they come full, for at most {@code budget}: one batch per poll
	 * would let a burst (a notice to a whole organisation) wait many minutes; the budget stays well
	 * under the lock's lease so that no second instance starts on the same rows.
	 */
	int drainFor(Duration budget) {
		Instant stop = this.clock.instant().plus(budget);
		int batches = 0;
		while (sendBatch().taken() == BATCH && this.clock.instant().isBefore(stop)) {
			batches++;
		}
		return batches + 1;
	}

	/** Sends what is due now, one batch; returns how many mails went out. */
	public int sendDue() {
		if (!this.settings.enabled()) {
			return 0;
		}
		return sendBatch().sent();
	}

	/** How many due mails a batch took (at most {@code BATCH}) and how many of them went out. */
	private record Batch(int taken, int sent) {

	}

	private Batch sendBatch() {
		Instant now = this.clock.instant();
		List<Notifications.Mail> due = this.notifications.dueMail(now, BATCH);
		int sent = 0;
		for (Notifications.Mail mail : due) {
			int attempt = mail.attempts() + 1;
			Instant retryAt = (attempt < this.settings.maxAttempts())
					? now.plus(pause(this.settings.retryDelay(), attempt)) : null;
			if (!this.notifications.claim(mail, now, retryAt)) {
				continue;
			}
			try {
				this.sender.send(this.composer.compose(mail, this.settings.from()));
				this.notifications.mailed(mail.id(), this.clock.instant());
				sent++;
			}
			catch (RuntimeException ex) {
				String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				this.notifications.mailFailed(mail.id(), error);
				if (retryAt != null) {
					log.warn("Mail of notification {} failed (attempt {} of {}), tried again at {}: {}", mail.id(),
							attempt, this.settings.maxAttempts(), retryAt, error);
				}
				else {
					log.error("Mail of notification {} failed {} times, given up: {}", mail.id(), attempt, error);
				}
			}
		}
		return new Batch(due.size(), sent);
	}

	/** The pause after failed attempt {@code n}: the retry delay, doubled for each further attempt. */
	static Duration pause(Duration retryDelay, int attempt) {
		return retryDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
	}

}
