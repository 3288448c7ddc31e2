package io.cocareer.notification.web;

import java.util.Locale;

import io.cocareer.notification.NotificationView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders a notification's text in the reader's language; an unknown message code shows as itself. */
@Component
class NotificationText {

	private final MessageSource messages;

	NotificationText(MessageSource messages) {
		this.messages = messages;
	}

	String of(NotificationView notification, Locale locale) {
		return this.messages.getMessage(notification.messageCode(), notification.arguments().toArray(),
				notification.messageCode(), locale);
	}

}
