package io.cocareer.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.cocareer.identity.ApiTokenService;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.ApiProblem;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Two filter chains, deny by default. Each module puts coarse gates on its own URLs
 * ({@link UrlGateContributor}); this class applies them and knows none of them. {@code /api/**} is stateless (HTTP Basic or a personal
 * API token on every call, so no CSRF) and answers problem+json; everything else is the web UI
 * with form login, CSRF and sessions in the database (Spring Session JDBC), so any instance
 * can serve any request.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	/** Who may call an API path that no module's gate claims. */
	private static final String[] STAFF = { "TALENT_LEAD", "MANAGER", "TALENT", "ADMIN" };

	/**
	 * Pages run scripts from this origin only (no inline script, no handler attribute: see
	 * static/js/app.js); inline styles stay allowed (htmx injects its indicator style).
	 */
	static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** JSON is never a document to render. */
	static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder(@Value("${cocareer.identity.bcrypt-strength:10}") int strength) {
		// bcrypt today, with the {id} prefix so the hash can be upgraded later without a migration;
		// its cost factor is a setting so that tests, which sign in thousands of times, can lower it
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
	}

	@Bean
	AuthenticationManager authenticationManager(AccountRepository accounts, StaffAccess staffAccess,
			PasswordEncoder encoder, LoginThrottle throttle) {
		return new ProviderManager(new ThrottledAuthenticationProvider(accounts, staffAccess, encoder, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiTokenService tokens, ObjectProvider<UrlGateContributor> gates) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			String code = (ex instanceof ThrottledAuthenticationProvider.LoginLockedException)
					? "identity.login.locked" : "identity.unauthenticated";
			writeProblem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", code,
					"Sign in with HTTP Basic or an API token (Authorization: Bearer cct_...).");
		};
		AccessDeniedHandler denied = (request, response, ex) -> writeProblem(response, HttpServletResponse.SC_FORBIDDEN,
				"Forbidden", "shared.denied", "You may not do this.");
		http.securityMatcher("/api/**", "/v3/api-docs/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> {
				gates.orderedStream().forEach((contributor) -> contributor.apiGates().forEach((gate) -> apply(requests, gate)));
				requests.requestMatchers("/api/**").hasAnyRole(STAFF);
			})
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, unauthenticated), BasicAuthenticationFilter.class)
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthenticated))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> securityHeaders(headers, API_CSP))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(denied));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			ObjectProvider<UrlGateContributor> gates) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> {
				gates.orderedStream().forEach((contributor) -> contributor.pageGates().forEach((gate) -> apply(requests, gate)));
				requests.anyRequest().authenticated();
			})
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler((request, response, ex) -> {
					rememberTriedUsername(request, response);
					String target = "/login?error";
					if (ex instanceof ThrottledAuthenticationProvider.LoginLockedException locked) {
						long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds());
						target = "/login?locked=" + seconds;
					}
					response.sendRedirect(request.getContextPath() + target);
				})
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> securityHeaders(headers, PAGE_CSP));
		return http.build();
	}

	/**
	 * One module's gate as a rule of the chain. The rules apply in the order of the contributors
	 * ({@code @Order}), each module's gates in its own order; modules guard disjoint prefixes.
	 */
	private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			UrlGate gate) {
		AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url = requests
			.requestMatchers(gate.paths().toArray(String[]::new));
		switch (gate.access()) {
			case OPEN -> url.permitAll();
			case SIGNED_IN -> url.authenticated();
			case ROLES -> url.hasAnyRole(gate.roles().stream().map(Role::name).sorted().toArray(String[]::new));
		}
	}

	/**
	 * A Content-Security-Policy and a Referrer-Policy everywhere; HSTS on secure requests, which
	 * behind a TLS proxy are those it forwards with {@code X-Forwarded-Proto: https}
	 * ({@code server.forward-headers-strategy}).
	 */
	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
	}

	/**
	 * Keeps the user name that was tried for the next view of the sign-in page, in a flash
	 * attribute rather than the URL (where it would end up in logs and browser history).
	 */
	private static void rememberTriedUsername(HttpServletRequest request, HttpServletResponse response) {
		String username = request.getParameter("username");
		if (username == null || username.isBlank()) {
			return;
		}
		FlashMap flash = new FlashMap();
		flash.put("username", (username.length() > 60) ? username.substring(0, 60) : username.strip());
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		FLASH.saveOutputFlashMap(flash, request, response);
	}

	static void writeProblem(HttpServletResponse response, int status, String title, String code, String detail)
			throws IOException {
		ApiProblem problem = ApiProblem.of(status, code, detail).title(title);
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			problem.header("WWW-Authenticate", "Basic realm=\"CoCareer\"");
		}
		problem.writeTo(response);
	}

}
