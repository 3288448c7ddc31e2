package io.cocareer.tour.matching.internal;

import io.cocareer.tour.matching.MatchingSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the matching weights and offers the scoring built from them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingSettings.class)
class MatchingConfiguration {

	@Bean
	MatchScoring matchScoring(MatchingSettings settings) {
		return new MatchScoring(settings);
	}

}
