package io.cocareer.shared.web;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Problem+json for every error of the API, also those refused before a controller is chosen. */
	@Bean
	FilterRegistrationBean<ApiErrorPageFilter> apiErrorPageFilter() {
		FilterRegistrationBean<ApiErrorPageFilter> registration = new FilterRegistrationBean<>(new ApiErrorPageFilter());
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.addUrlPatterns("/error");
		return registration;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
	}

}
