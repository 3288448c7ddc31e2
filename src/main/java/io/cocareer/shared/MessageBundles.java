package io.cocareer.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages of every module: each bundle under {@code messages/} on the class path (any
 * folder depth, such as {@code messages/tour/catalogue.properties}) is found by its name, so a
 * new module adds its messages without editing a list. Everything else is Spring Boot's
 * {@code spring.messages.*} (encoding, fallback to the system locale, caching, common
 * messages), applied as Boot's own message source applies it; {@code spring.messages.basename}
 * is not read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessageSourceProperties.class)
class MessageBundles {

	static final String PATTERN = "classpath*:messages/**/*.properties";

	/** {@code name_de} or {@code name_en_GB}: a translation of the bundle {@code name}. */
	private static final Pattern LOCALE_SUFFIX = Pattern.compile("(.+?)(_[a-z]{2,3}(_[A-Za-z0-9]+)*)");

	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		ResourceBundleMessageSource messageSource = new ResourceBundleMessageSource();
		messageSource.setBasenames(basenames(new PathMatchingResourcePatternResolver()).toArray(String[]::new));
		if (properties.getEncoding() != null) {
			messageSource.setDefaultEncoding(properties.getEncoding().name());
		}
		messageSource.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			messageSource.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		messageSource.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messageSource.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		messageSource.setCommonMessages(commonMessages(properties.getCommonMessages()));
		return messageSource;
	}

	/**
	 * The base names of the bundles the resolver finds, such as {@code messages/tour}, in
	 * alphabetical order; translations ({@code tour_de.properties}) belong to their bundle.
	 */
	static Set<String> basenames(ResourcePatternResolver resolver) {
		Set<String> names = new TreeSet<>();
		try {
			for (Resource resource : resolver.getResources(PATTERN)) {
				String path = resource.getURL().toString();
				int start = path.lastIndexOf("/messages/");
				if (start >= 0 && path.endsWith(".properties")) {
					names.add(path.substring(start + 1, path.length() - ".properties".length()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the message bundles (" + PATTERN + ")", ex);
		}
		Set<String> basenames = new TreeSet<>();
		for (String name : names) {
			Matcher translation = LOCALE_SUFFIX.matcher(name);
			// a name like nine_box is a bundle of its own unless nine.properties exists beside it
			basenames.add((translation.matches() && names.contains(translation.group(1))) ? translation.group(1) : name);
		}
		return basenames;
	}

	private static Properties commonMessages(List<Resource> resources) {
		if (resources == null || resources.isEmpty()) {
			return null;
		}
		Properties properties = new Properties();
		for (Resource resource : resources) {
			try {
				PropertiesLoaderUtils.fillProperties(properties, resource);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot load the common messages " + resource, ex);
			}
		}
		return properties;
	}

}
