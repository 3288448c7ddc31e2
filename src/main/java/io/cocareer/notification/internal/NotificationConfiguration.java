package io.cocareer.notification.internal;

import io.cocareer.notification.MailSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the mail settings; the outbox runs on the schedule that shared/SchedulingConfiguration turns on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfiguration {

}
