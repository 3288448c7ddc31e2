package io.cocareer.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.shared.Notice;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Notices published in a transaction, as the tour module will: what is stored, for whom, and when not. */
@IntegrationTest
class NotificationRecordingIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	NoticePublisher notices;

	@BeforeEach
	void setUp() {
		this.notices = new NoticePublisher(this.events, this.transactionManager, this.jdbc, this.accounts);
	}

	@Test
	void aPersonNamedAndHoldingTheRoleGetsOneNotificationWithTheirAddress() {
		AccountView talent = this.notices.account("talent");
		String kind = NoticePublisher.uniqueKind("both");

		this.notices.publish(new Notice(kind, Set.of(talent.personId()), Set.of(Role.TALENT), "tour.signatureAwaited",
				List.of("Customer portal"), "/tours/packages", kind));

		List<NoticePublisher.Row> forTalent = this.notices.rowsOfKind(kind)
			.stream()
			.filter((row) -> row.accountId().equals(talent.id()))
			.toList();
		assertThat(forTalent).hasSize(1);
		assertThat(forTalent.get(0).emailTo()).endsWith("@demo.cocareer.io");
		assertThat(forTalent.get(0).link()).isEqualTo("/tours/packages");
		assertThat(forTalent.get(0).read()).isFalse();
	}

	@Test
	void aRoleReachesEveryEnabledAccountHoldingItAndNoDisabledOne() {
		UUID disabled = disabledAccountWith(Role.TALENT_LEAD);
		String kind = NoticePublisher.uniqueKind("role");

		this.notices.publish(Notice.toRole(kind, Role.TALENT_LEAD, "tour.obstacleOverdue", List.of(), null, null));

		Set<UUID> expected = Set.copyOf(this.accounts.enabledAccountsHolding(Set.of(Role.TALENT_LEAD))
			.stream()
			.map((account) -> account.accountId().value())
			.toList());
		List<UUID> told = this.notices.rowsOfKind(kind).stream().map(NoticePublisher.Row::accountId).toList();
		assertThat(told).containsExactlyInAnyOrderElementsOf(expected)
			.contains(this.notices.account("lead").id())
			.doesNotContain(disabled, this.notices.account("talent").id());
	}

	@Test
	void anAccountOfNobodyIsToldInTheAppButNotMailed() {
		String kind = NoticePublisher.uniqueKind("admin");

		this.notices.publish(Notice.toRole(kind, Role.ADMIN, "tour.tourEnding", List.of(), null, null));

		NoticePublisher.Row admin = this.notices.rowsOfKind(kind)
			.stream()
			.filter((row) -> row.accountId().equals(this.notices.account("admin").id()))
			.findFirst()
			.orElseThrow();
		assertThat(admin.emailTo()).isNull();
		assertThat(admin.nextAt()).isNull();
	}

	@Test
	void aKeyAlreadyStoredForAnAccountIsNotStoredAgainButNewRecipientsGetIt() {
		AccountView talent = this.notices.account("talent");
		AccountView manager = this.notices.account("manager");
		String kind = NoticePublisher.uniqueKind("dedup");

		this.notices.publish(Notice.toPeople(kind, Set.of(talent.personId()), "tour.checkInDue", List.of("1"), null, kind));
		this.notices.publish(Notice.toPeople(kind, Set.of(talent.personId()), "tour.checkInDue", List.of("2"), null, kind));
		this.notices.publish(Notice.toPeople(kind, Set.of(talent.personId(), manager.personId()), "tour.checkInDue",
				List.of("3"), null, kind));

		assertThat(this.notices.rowsOfKind(kind)).extracting(NoticePublisher.Row::accountId)
			.containsExactlyInAnyOrder(talent.id(), manager.id());
	}

	@Test
	void aNoticeWithoutKeyIsStoredEveryTime() {
		AccountView talent = this.notices.account("talent");
		String kind = NoticePublisher.uniqueKind("nokey");

		this.notices.publish(Notice.toPeople(kind, Set.of(talent.personId()), "tour.checkInDue", List.of(), null, null));
		this.notices.publish(Notice.toPeople(kind, Set.of(talent.personId()), "tour.checkInDue", List.of(), null, null));

		assertThat(this.notices.rowsOfKind(kind)).hasSize(2);
	}

	@Test
	void aRolledBackChangeNotifiesNobody() {
		String kind = NoticePublisher.uniqueKind("rollback");

		this.notices.publishAndRollBack(new Notice(kind, Set.of(this.notices.account("talent").personId()),
				Set.of(Role.TALENT_LEAD), "tour.signatureAwaited", List.of(), "/tours/packages", kind));

		assertThat(this.notices.rowsOfKind(kind)).isEmpty();
	}

	@Test
	void peopleWithoutAnAccountAndLinksLeavingTheAppAreLeftOutQuietly() {
		String kind = NoticePublisher.uniqueKind("odd");

		this.notices.publish(Notice.toPeople(kind, Set.of(UUID.randomUUID(), this.notices.account("talent").personId()),
				"tour.checkInDue", List.of(), "https://evil.example/phish", null));

		List<NoticePublisher.Row> rows = this.notices.rowsOfKind(kind);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).link()).isNull();
	}

	@Test
	void twoTransactionsStoringTheSameKeyAtOnceBothCommitAndTheKeyIsStoredOnce() throws Exception {
		AccountView talent = this.notices.account("talent");
		String kind = NoticePublisher.uniqueKind("race");
		Notice notice = Notice.toPeople(kind, Set.of(talent.personId()), "tour.checkInDue", List.of(), null, kind);
		CountDownLatch firstHasWritten = new CountDownLatch(1);
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// the first stores the key and keeps its transaction open; the second checks (sees nothing
			// committed), inserts, waits for the first, and must then skip instead of failing
			Future<?> first = threads.submit(() -> transactions.executeWithoutResult((status) -> {
				this.events.publishEvent(notice);
				firstHasWritten.countDown();
				sleep(700);
			}));
			assertThat(firstHasWritten.await(10, TimeUnit.SECONDS)).isTrue();
			Future<?> second = threads
				.submit(() -> transactions.executeWithoutResult((status) -> this.events.publishEvent(notice)));

			first.get(20, TimeUnit.SECONDS);
			second.get(20, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.notices.rowsOfKind(kind)).hasSize(1);
	}

	private UUID disabledAccountWith(Role role) {
		String username = "notify-off-" + Long.toString(System.nanoTime(), 36);
		UUID id = this.accounts.create(username, "a-long-password", null, "Disabled Lead", Set.of(role));
		this.accounts.setEnabled(this.notices.actor("admin"), id, false);
		return id;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
