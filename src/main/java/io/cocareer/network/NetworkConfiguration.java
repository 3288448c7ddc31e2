package io.cocareer.network;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings the network's nested modules share. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GroupSizeSettings.class)
class NetworkConfiguration {

}
