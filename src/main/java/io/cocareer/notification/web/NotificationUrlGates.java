package io.cocareer.notification.web;

import java.util.List;

import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.stereotype.Component;

/** Everyone signed in, alumni included, reads their own notifications, in pages and in the API. */
@Component
class NotificationUrlGates implements UrlGateContributor {

	@Override
	public List<UrlGate> pageGates() {
		return List.of(UrlGate.signedIn("/notifications", "/notifications/**"));
	}

	@Override
	public List<UrlGate> apiGates() {
		return List.of(UrlGate.signedIn("/api/v1/notifications", "/api/v1/notifications/**"));
	}

}
