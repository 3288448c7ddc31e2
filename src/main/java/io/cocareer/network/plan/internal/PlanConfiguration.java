package io.cocareer.network.plan.internal;

import io.cocareer.network.plan.FundSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the fund's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FundSettings.class)
class PlanConfiguration {

}
