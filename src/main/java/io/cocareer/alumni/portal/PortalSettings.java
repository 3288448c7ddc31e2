package io.cocareer.alumni.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The alumni portal's settings.
 * @param organisationName the organisation's name on an alumnus' career record ("co-branding"),
 * {@code cocareer.alumni.portal.organisation-name}
 */
@ConfigurationProperties("cocareer.alumni.portal")
public record PortalSettings(@DefaultValue("CoCareer") String organisationName) {

}
