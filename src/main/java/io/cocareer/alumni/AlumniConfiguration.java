package io.cocareer.alumni;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings the alumni's nested modules share. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlumniGroupSizeSettings.class)
class AlumniConfiguration {

}
