package io.cocareer.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.cocareer.notification.MailSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** One poll of the outbox keeps sending while batches come full, so a burst does not wait poll after poll. */
class MailOutboxDrainTests {

	private final Notifications notifications = mock(Notifications.class);

	private final JavaMailSender sender = mock(JavaMailSender.class);

	private final MailComposer composer = mock(MailComposer.class);

	@SuppressWarnings("unchecked")
	private MailOutbox outbox(Clock clock) {
		ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
		when(provider.getIfAvailable()).thenReturn(this.sender);
		when(this.composer.compose(any(), any())).thenReturn(new SimpleMailMessage());
		when(this.notifications.claim(any(), any(), any())).thenReturn(true);
		return new MailOutbox(this.notifications, this.composer,
				new MailSettings(true, "cocareer@localhost", Duration.ofSeconds(10), 5, Duration.ofMinutes(1)),
				provider, clock);
	}

	@Test
	void aBurstOfMailIsSentInOnePollBatchAfterBatch() {
		when(this.notifications.dueMail(any(), anyInt())).thenReturn(mails(MailOutbox.BATCH), mails(MailOutbox.BATCH),
				mails(7), List.of());

		int batches = outbox(Clock.systemUTC()).drainFor(Duration.ofMinutes(2));

		assertThat(batches).isEqualTo(3);
		verify(this.sender, times(2 * MailOutbox.BATCH + 7)).send(any(SimpleMailMessage.class));
		verify(this.notifications, times(3)).dueMail(any(), anyInt());
	}

	@Test
	void aPollStopsAtItsBudgetEvenIfMoreIsDue() {
		MovableClock clock = new MovableClock(Instant.parse("2026-12-03T09:00:00Z"));
		// every batch is full and takes a minute: a budget of two minutes allows two of them
		when(this.notifications.dueMail(any(), anyInt())).thenAnswer((call) -> {
			clock.now = clock.now.plus(Duration.ofMinutes(1));
			return mails(MailOutbox.BATCH);
		});

		int batches = outbox(clock).drainFor(Duration.ofMinutes(2));

		assertThat(batches).isEqualTo(2);
		verify(this.notifications, times(2)).dueMail(any(), anyInt());
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

	private static List<Notifications.Mail> mails(int count) {
		List<Notifications.Mail> mails = new ArrayList<>();
		IntStream.range(0, count)
			.forEach((i) -> mails.add(new Notifications.Mail(UUID.randomUUID(), "t" + i + "@example.com",
					"tour.checkInDue", List.of(), null, 0)));
		return mails;
	}

}
