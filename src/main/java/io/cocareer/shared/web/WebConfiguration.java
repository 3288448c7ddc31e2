package io.cocareer.shared.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** The folders of {@code static/} (open to everyone, see {@link PlatformUrlGates}). */
	private static final List<String> ASSET_FOLDERS = List.of("css", "js", "img");

	/** Problem+json for every error of the API, also those refused before a controller is chosen. */
	@Bean
	FilterRegistrationBean<ApiErrorPageFilter> apiErrorPageFilter() {
		FilterRegistrationBean<ApiErrorPageFilter> registration = new FilterRegistrationBean<>(new ApiErrorPageFilter());
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.addUrlPatterns("/error");
		return registration;
	}

	/** A malformed query string or form is the client's error (400), refused before anything reads it. */
	@Bean
	FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter() {
		FilterRegistrationBean<MalformedRequestFilter> registration = new FilterRegistrationBean<>(
				new MalformedRequestFilter());
		// right after the character encoding filter (which must set the encoding before parameters are parsed)
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** The requests Tomcat refuses itself ({@code %00}, {@code %2F} in a path) get our answers, not Tomcat's page. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> rejectedRequestAnswers(MessageSource messages,
			ObjectProvider<ResourceUrlProvider> assets) {
		return (factory) -> factory.addContextCustomizers((context) -> {
			Pipeline pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new RejectedRequestValve(messages, assets));
			if (context.getParent() instanceof StandardHost host) {
				// the host adds a valve of this class at start unless it finds one
				host.setErrorReportValveClass(RejectedRequestValve.class.getName());
			}
		});
	}

	/**
	 * Stylesheets, scripts, images and WebJars, linked by a hash of their content and cached by the
	 * browser for a year. Only their folders are mapped: Spring Boot's default handler on {@code /**}
	 * made every link a page renders ({@code /tours/…}) a search for a file of that name in every jar
	 * of the class path, on every render, as misses are not cached.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : ASSET_FOLDERS) {
			cachedByContent(registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/"));
		}
		cachedByContent(registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/"));
	}

	private static void cachedByContent(ResourceHandlerRegistration registration) {
		registration.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
	}

}
