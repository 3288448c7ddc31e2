package io.cocareer.sample;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything the sample module contributes, each through a contribution point of
 * {@code shared}: nothing here is named in another module.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cocareer.sample.enabled", havingValue = "true")
class SampleModule {

	/** Only the talent lead reaches the sample's pages; the gate is the module's own. */
	@Bean
	UrlGateContributor sampleUrlGates() {
		return new UrlGateContributor() {
			@Override
			public List<UrlGate> pageGates() {
				return List.of(UrlGate.roles(Set.of(Role.TALENT_LEAD), "/sample/**", "/sample"));
			}
		};
	}

	@Bean
	NavigationContributor sampleNavigation() {
		return (reader) -> reader.isTalentLead()
				? List.of(NavigationItem.main("sample.nav", "/sample", 900, "sample")) : List.of();
	}

	@Bean
	HomeCardContributor sampleHomeCards(JdbcClient jdbc) {
		return (home, reader) -> (home == HomePage.LEAD)
				? List.of(HomeCard.card("sample-notes", 900, "sample/home", "notes", Map.of("count", count(jdbc))))
				: List.of();
	}

	/** The demo's part of the module: its own table, through its own code. */
	@Bean
	DemoSeeder sampleDemoSeeder(JdbcClient jdbc) {
		return new DemoSeeder() {
			@Override
			public void seed(DemoOrganisation organisation) {
				jdbc.sql("insert into sample_note (id, author_id, body) values (?, ?, ?)")
					.params(UUID.randomUUID(), organisation.lead().personId().value(), "A first note from the demo")
					.update();
			}
		};
	}

	static long count(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from sample_note").query(Long.class).single();
	}

}
