package io.cocareer.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.notification.internal.MailOutbox;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail over real SMTP: the shared test context mails to a GreenMail server (see TestMailServer).
 * The outbox runs on its schedule as well; these tests also drain it directly so they need not
 * wait, and both together never send a mail twice.
 */
@IntegrationTest
class NotificationMailIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	PeopleDirectory people;

	@Autowired
	MailOutbox outbox;

	NoticePublisher notices;

	@BeforeEach
	void setUp() {
		this.notices = new NoticePublisher(this.events, this.transactionManager, this.jdbc, this.accounts);
	}

	@Test
	void theMailArrivesWithSubjectTextAndAnAbsoluteLinkAndIsMarkedSent() throws Exception {
		AccountView talent = this.notices.account("talent");
		String email = this.people.get(PersonId.of(talent.personId())).email();
		String kind = NoticePublisher.uniqueKind("mail");

		this.notices.publish(Notice.toPeople(kind, Set.of(talent.personId()), "pager.position", List.of(kind, "7"),
				"/tours/packages?from=mail", kind));
		// due long ago: the outbox takes the oldest due first, so a backlog of other tests' mails (the
		// PostgreSQL run builds one of thousands) cannot keep this one waiting past the deadline
		this.jdbc.sql("update notification set email_next_at = :past where kind = :kind")
			.param("past", Timestamp.from(Instant.now().minus(Duration.ofDays(3650))))
			.param("kind", kind)
			.update();
		this.outbox.sendDue();

		MimeMessage mail = awaitMail(email, kind);
		assertThat(mail.getSubject()).isEqualTo("CoCareer: " + kind + " of 7");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("cocareer-test@localhost");
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).contains(kind + " of 7", "http://localhost:8080/tours/packages?from=mail",
				"http://localhost:8080/notifications");
		NoticePublisher.Row row = awaitRow(kind, (r) -> r.emailed());
		assertThat(row.attempts()).isEqualTo(1);
		assertThat(row.nextAt()).isNull();
		assertThat(row.error()).isNull();
		assertThat(mailsTo(email, kind)).as("sent once, whoever drained the outbox").isEqualTo(1);
	}

	@Test
	void aFailedMailIsTriedAgainLaterAndGivenUpAfterTheLastAttempt() {
		AccountView admin = this.notices.account("admin");
		String kind = NoticePublisher.uniqueKind("bounce");
		UUID id = UUID.randomUUID();
		// an address the mail library refuses to send to: a failure without a broken server
		this.jdbc.sql("""
				insert into notification (id, account_id, kind, message_code, arguments, link, created_at, email_to,
					email_attempts, email_next_at)
				values (:id, :account, :kind, 'tour.checkInDue', '[]', null, :now, 'not an address@@', 0, :due)""")
			.param("id", id)
			.param("account", admin.id())
			.param("kind", kind)
			.param("now", Timestamp.from(Instant.now().minusSeconds(1)))
			// due long ago: the outbox takes the oldest due first, so other tests' mails cannot keep it waiting
			.param("due", Timestamp.from(Instant.now().minus(Duration.ofDays(3650))))
			.update();

		this.outbox.sendDue();

		NoticePublisher.Row first = awaitRow(kind, (r) -> r.attempts() == 1 && r.error() != null);
		assertThat(first.emailed()).isFalse();
		assertThat(first.nextAt().toInstant()).isAfter(Instant.now().plus(Duration.ofSeconds(30)));

		// the last allowed attempt (5 by default) fails too: given up, nothing more is due
		this.jdbc.sql("update notification set email_attempts = 4, email_next_at = :past where id = :id")
			.param("past", Timestamp.from(Instant.now().minus(Duration.ofDays(3650))))
			.param("id", id)
			.update();
		this.outbox.sendDue();

		NoticePublisher.Row last = awaitRow(kind, (r) -> r.attempts() == 5);
		assertThat(last.emailed()).isFalse();
		assertThat(last.nextAt()).isNull();
		assertThat(last.error()).isNotBlank();
	}

	private MimeMessage awaitMail(String to, String marker) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			Optional<MimeMessage> found = Arrays.stream(TestMailServer.server().getReceivedMessages())
				.filter((message) -> sentTo(message, to) && subject(message).contains(marker))
				.findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			this.outbox.sendDue();
			Thread.sleep(200);
		}
		throw new AssertionError("No mail to " + to + " about " + marker + " arrived");
	}

	private long mailsTo(String to, String marker) {
		return Arrays.stream(TestMailServer.server().getReceivedMessages())
			.filter((message) -> sentTo(message, to) && subject(message).contains(marker))
			.count();
	}

	private NoticePublisher.Row awaitRow(String kind, java.util.function.Predicate<NoticePublisher.Row> condition) {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			List<NoticePublisher.Row> rows = this.notices.rowsOfKind(kind);
			if (rows.size() == 1 && condition.test(rows.get(0))) {
				return rows.get(0);
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("The row of " + kind + " never got there: " + rows);
			}
			// other tests' mails may be due before this one (a batch at a time, oldest first): keep draining
			this.outbox.sendDue();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private static boolean sentTo(MimeMessage message, String to) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch((address) -> address.toString().equals(to));
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (Exception ex) {
			return "";
		}
	}

}
