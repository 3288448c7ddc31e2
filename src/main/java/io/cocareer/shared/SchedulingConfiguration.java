package io.cocareer.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the daily jobs (reminders, escalations, mail delivery). Every job is idempotent, so
 * running it twice, or on two instances, tells nobody anything twice; each also holds a scheduler
 * lock (see {@link SchedulerLockConfiguration}), so of several instances one does the work. Tests
 * switch them off and call the jobs directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "cocareer.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
