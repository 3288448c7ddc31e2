package io.cocareer.notification.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.SimpleMailMessage;

import static org.assertj.core.api.Assertions.assertThat;

class MailComposerTests {

	private final MailComposer composer = new MailComposer(messages(), "https://cocareer.example.org/");

	@Test
	void theMailSaysTheMessageWithAnAbsoluteLink() {
		SimpleMailMessage mail = this.composer.compose(new Notifications.Mail(UUID.randomUUID(), "tara@example.com",
				"pager.position", List.of("2", "7"), "/tours/packages/42", 0), "cocareer@example.org");

		assertThat(mail.getTo()).containsExactly("tara@example.com");
		assertThat(mail.getFrom()).isEqualTo("cocareer@example.org");
		assertThat(mail.getSubject()).isEqualTo("CoCareer: 2 of 7");
		assertThat(mail.getText()).startsWith("2 of 7\n")
			.contains("https://cocareer.example.org/tours/packages/42")
			.contains("https://cocareer.example.org/notifications");
	}

	@Test
	void aMailWithoutLinkOrKnownMessageStillReads() {
		SimpleMailMessage mail = this.composer.compose(new Notifications.Mail(UUID.randomUUID(), "tara@example.com",
				"some.unknown.code", List.of(), null, 0), "cocareer@example.org");

		assertThat(mail.getSubject()).isEqualTo("CoCareer: some.unknown.code");
		assertThat(mail.getText()).startsWith("some.unknown.code\n").doesNotContain("Open it in CoCareer");
	}

	@Test
	void theSubjectIsOneShortLineWhateverTheMessage() {
		SimpleMailMessage mail = this.composer.compose(new Notifications.Mail(UUID.randomUUID(), "tara@example.com",
				"pager.position", List.of("line one\r\nBcc: someone@evil.example", "x".repeat(400)), "//evil.example", 0),
				"cocareer@example.org");

		assertThat(mail.getSubject()).doesNotContain("\n", "\r").hasSizeLessThanOrEqualTo(150);
		assertThat(mail.getText()).doesNotContain("evil.example/");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/shared", "messages/notification");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
