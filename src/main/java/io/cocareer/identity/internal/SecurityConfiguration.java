package io.cocareer.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.cocareer.identity.ApiTokenService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
 * Two filter chains, deny by default. {@code /api/**} is stateless (HTTP Basic or a personal
 * API token on every call, so no CSRF) and answers problem+json; everything else is the web UI
 * with form login, CSRF and sessions in the database (Spring Session JDBC), so any instance
 * can serve any request.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

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
			ApiTokenService tokens) throws Exception {
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
			.authorizeHttpRequests((requests) -> requests
				// the API's description is public; every call it describes is not
				.requestMatchers("/v3/api-docs/**").permitAll()
				.requestMatchers("/api/v1/admin/accounts/**", "/api/v1/admin/accounts").hasRole("ADMIN")
				.requestMatchers("/api/v1/admin/**").hasAnyRole("ADMIN", "TALENT_LEAD")
				// every signed-in user, alumni included, reads their account and manages their own tokens
				.requestMatchers("/api/v1/me", "/api/v1/me/**").authenticated()
				// so is everyone's own notifications
				.requestMatchers("/api/v1/notifications", "/api/v1/notifications/**").authenticated()
				.requestMatchers("/api/v1/imports/**").hasAnyRole("ADMIN", "TALENT_LEAD")
				.requestMatchers("/api/**").hasAnyRole(STAFF))
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
	SecurityFilterChain webFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
			throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
						"/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/admin/accounts", "/admin/accounts/**").hasRole("ADMIN")
				.requestMatchers("/admin/**").hasAnyRole("ADMIN", "TALENT_LEAD")
				.requestMatchers("/people/import/**", "/people/new", "/people/*/edit", "/units/**")
				.hasAnyRole("ADMIN", "TALENT_LEAD")
				.requestMatchers("/people/**").hasAnyRole(STAFF)
				.requestMatchers("/talents/**").hasAnyRole("TALENT_LEAD", "MANAGER", "TALENT")
				.requestMatchers("/tours/**").hasAnyRole("TALENT_LEAD", "MANAGER", "TALENT")
				.anyRequest().authenticated())
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
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"CoCareer\"");
		}
		response.getWriter().write("""
				{"type":"urn:cocareer:problem:%s","title":"%s","status":%d,"detail":"%s","code":"%s"}"""
			.formatted(code, title, status, detail.replace("\"", "'"), code));
	}

}
