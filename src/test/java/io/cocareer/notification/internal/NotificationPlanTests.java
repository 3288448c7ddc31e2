package io.cocareer.notification.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import io.cocareer.identity.AccountRef;
import io.cocareer.notification.internal.NotificationPlan.Recipient;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.PersonId;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationPlanTests {

	private static final UUID TARA = UUID.randomUUID();

	private static final UUID TARA_ACCOUNT = UUID.randomUUID();

	private static final UUID LENA = UUID.randomUUID();

	private static final UUID LENA_ACCOUNT = UUID.randomUUID();

	private static final UUID IT_ACCOUNT = UUID.randomUUID();

	@Test
	void someoneNamedAsAPersonAndHoldingTheRoleIsToldOnce() {
		List<AccountRef> found = List.of(new AccountRef(AccountId.of(TARA_ACCOUNT), PersonId.of(TARA)), new AccountRef(AccountId.of(LENA_ACCOUNT), PersonId.of(LENA)),
				new AccountRef(AccountId.of(TARA_ACCOUNT), PersonId.of(TARA)));

		List<Recipient> recipients = NotificationPlan.recipients(found,
				Map.of(TARA, "tara@example.com", LENA, "lena@example.com"), Set.of());

		assertThat(recipients).containsExactly(new Recipient(TARA_ACCOUNT, "tara@example.com"),
				new Recipient(LENA_ACCOUNT, "lena@example.com"));
	}

	@Test
	void anAccountThatAlreadyHasTheKeyIsSkipped() {
		List<Recipient> recipients = NotificationPlan.recipients(
				List.of(new AccountRef(AccountId.of(TARA_ACCOUNT), PersonId.of(TARA)), new AccountRef(AccountId.of(LENA_ACCOUNT), PersonId.of(LENA))),
				Map.of(TARA, "tara@example.com", LENA, "lena@example.com"), Set.of(TARA_ACCOUNT));

		assertThat(recipients).extracting(Recipient::accountId).containsExactly(LENA_ACCOUNT);
	}

	@Test
	void anAccountOfNobodyOrSomeoneWithoutAnAddressIsToldInTheAppOnly() {
		List<Recipient> recipients = NotificationPlan.recipients(
				List.of(new AccountRef(AccountId.of(IT_ACCOUNT), null), new AccountRef(AccountId.of(TARA_ACCOUNT), PersonId.of(TARA)),
						new AccountRef(AccountId.of(LENA_ACCOUNT), PersonId.of(LENA))),
				Map.of(LENA, "  "), Set.of());

		assertThat(recipients).containsExactly(new Recipient(IT_ACCOUNT, null), new Recipient(TARA_ACCOUNT, null),
				new Recipient(LENA_ACCOUNT, null));
	}

	@Test
	void noAccountsNoRecipients() {
		assertThat(NotificationPlan.recipients(List.of(), Map.of(), Set.of())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/tours/packages", "/tours/packages/4f1c2a?tab=agreement#sign", "/", "/notifications",
			"/people/a%20b" })
	void aPathInsideTheAppIsKept(String link) {
		assertThat(NotificationPlan.internalLink(link)).isEqualTo(link);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example",
			"javascript:alert(1)", "tours/packages", "/\t/evil.example", "/tours\n/x", " /tours", "/tours/{id}",
			"", "http:/evil", "/tours/<script>" })
	void anythingElseIsDropped(String link) {
		assertThat(NotificationPlan.internalLink(link)).isNull();
	}

	@Test
	void anOverlongLinkIsDropped() {
		assertThat(NotificationPlan.internalLink("/" + "a".repeat(NotificationPlan.MAX_LINK))).isNull();
		assertThat(NotificationPlan.internalLink(null)).isNull();
	}

	@Test
	void anOverlongDedupKeyIsStoredAsItsHashSoItStillMatchesItself() {
		String longKey = "tour.checkInDue:" + "x".repeat(300);

		String stored = NotificationPlan.storedDedupKey(longKey);

		assertThat(stored).startsWith("sha256:").hasSizeLessThanOrEqualTo(NotificationPlan.MAX_DEDUP_KEY);
		assertThat(NotificationPlan.storedDedupKey(longKey)).isEqualTo(stored);
		assertThat(NotificationPlan.storedDedupKey(longKey + "y")).isNotEqualTo(stored);
		assertThat(NotificationPlan.storedDedupKey("tour.checkInDue:42")).isEqualTo("tour.checkInDue:42");
		assertThat(NotificationPlan.storedDedupKey(null)).isNull();
	}

	@Test
	void argumentsAreAJsonArrayShortenedToFitTheirColumn() {
		Notifications notifications = new Notifications(null, null, JsonMapper.builder().build());

		assertThat(notifications.argumentsJson(List.of("Tara \"T\" Rossi", "1 March"))).isEqualTo(
				"[\"Tara \\\"T\\\" Rossi\",\"1 March\"]");
		String huge = notifications.argumentsJson(List.of("short", "y".repeat(10_000), "\u0000".repeat(2_000)));
		assertThat(huge).hasSizeLessThanOrEqualTo(Notifications.MAX_ARGUMENTS_JSON).startsWith("[\"short\",\"yyy");
		String many = notifications.argumentsJson(Collections.nCopies(10_000, "z".repeat(100)));
		assertThat(many).hasSizeLessThanOrEqualTo(Notifications.MAX_ARGUMENTS_JSON);
	}

	@Test
	void theRetryPauseDoubles() {
		Duration first = Duration.ofMinutes(1);

		assertThat(MailOutbox.pause(first, 1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(MailOutbox.pause(first, 2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(MailOutbox.pause(first, 4)).isEqualTo(Duration.ofMinutes(8));
	}

}
