package io.cocareer.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email of notifications ({@code cocareer.mail.*}); the SMTP server itself is Spring's
 * {@code spring.mail.host}, {@code port}, {@code username}, {@code password}.
 * @param enabled whether notifications are mailed at all (off by default: a machine without SMTP works)
 * @param from the sender address
 * @param pollInterval how often the outbox looks for mail to send
 * @param maxAttempts how often a mail is tried before it is given up (with a doubling pause between tries)
 * @param retryDelay the pause after the first failed try
 */
@ConfigurationProperties("cocareer.mail")
public record MailSettings(@DefaultValue("false") boolean enabled, @DefaultValue("cocareer@localhost") String from,
		@DefaultValue("PT10S") Duration pollInterval, @DefaultValue("5") int maxAttempts,
		@DefaultValue("PT1M") Duration retryDelay) {

	public MailSettings {
		maxAttempts = Math.max(1, maxAttempts);
	}

}
