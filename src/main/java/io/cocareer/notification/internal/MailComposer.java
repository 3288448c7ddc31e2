package io.cocareer.notification.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * The mail of a notification: plain text from the message bundles, with absolute links built on
 * {@code cocareer.base-url}. English, the platform's one language so far.
 */
@Component
class MailComposer {

	static final Locale LOCALE = Locale.ENGLISH;

	private static final int MAX_SUBJECT = 150;

	private final MessageSource messages;

	private final String baseUrl;

	MailComposer(MessageSource messages, @Value("${cocareer.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	SimpleMailMessage compose(Notifications.Mail mail, String from) {
		String text = this.messages.getMessage(mail.messageCode(), mail.arguments().toArray(), mail.messageCode(),
				LOCALE);
		String subject = this.messages.getMessage("notification.mail.subject", new Object[] { oneLine(text) }, LOCALE);
		String link = NotificationPlan.internalLink(mail.link());
		String body = (link != null)
				? this.messages.getMessage("notification.mail.body", new Object[] { text, this.baseUrl + link }, LOCALE)
				: this.messages.getMessage("notification.mail.bodyNoLink", new Object[] { text }, LOCALE);
		String footer = this.messages.getMessage("notification.mail.footer",
				new Object[] { this.baseUrl + "/notifications" }, LOCALE);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(mail.emailTo());
		message.setSubject(NotificationPlan.truncate(subject, MAX_SUBJECT));
		message.setText(body + "\n\n-- \n" + footer + "\n");
		return message;
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
