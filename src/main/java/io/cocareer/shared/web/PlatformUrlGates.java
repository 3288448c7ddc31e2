package io.cocareer.shared.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What anyone may fetch: static files, the error page and the API's description. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlatformUrlGates implements UrlGateContributor {

	@Override
	public List<UrlGate> pageGates() {
		return List.of(UrlGate.open("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
				"/swagger-ui.html", "/swagger-ui/**"));
	}

	@Override
	public List<UrlGate> apiGates() {
		// the API's description is public; every call it describes is not
		return List.of(UrlGate.open("/v3/api-docs/**"));
	}

}
