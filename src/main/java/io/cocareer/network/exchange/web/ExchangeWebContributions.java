package io.cocareer.network.exchange.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cocareer.network.exchange.ExchangeService;
import io.cocareer.network.exchange.ExchangeSummary;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.PageSection;
import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the exchange adds to the platform: a gate on its API (the organisation's people; the pages
 * sit under the network's own gate, and the service refuses whoever does not take part), and a
 * card on the reader's own network page with their open items and the matches waiting for them.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeWebContributions {

	private static final Set<Role> PARTICIPANTS = Set.of(Role.TALENT, Role.MANAGER, Role.TALENT_LEAD);

	@Bean
	UrlGateContributor exchangeUrlGates() {
		return new UrlGateContributor() {
			@Override
			public List<UrlGate> apiGates() {
				return List.of(UrlGate.roles(PARTICIPANTS, "/api/v1/network/exchange", "/api/v1/network/exchange/**"));
			}

		};
	}

	@Bean
	PageSectionContributor exchangeOnTheNetworkPage(ExchangeService exchange) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.NETWORK_MAP || !exchange.mayUseExchange(reader)) {
				return List.of();
			}
			ExchangeSummary summary = exchange.summary(reader);
			return List.of(new PageSection("exchange-card", 20, "network/exchange/sections", "card",
					Map.of("summary", summary)));
		};
	}

}
