package io.cocareer.toolbox.mentoring.internal;

import io.cocareer.toolbox.mentoring.MentoringWeights;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The weights of the matching, from {@code cocareer.toolbox.mentoring.*} (defaults in {@link MentoringWeights}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MentoringWeights.class)
class MentoringConfiguration {

}
