package io.cocareer.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for the one shared test context, so notification mail is sent
 * over SMTP in every test run instead of to a mock.
 * <p>
 * Why this way: the tests share one Spring context, so the mail settings must be the same for
 * all of them (a per-class {@code @DynamicPropertySource} would build a second context). The
 * server listens on a free port chosen when the context starts, not a fixed one, so several test
 * runs on one machine (H2 and PostgreSQL, or two engineers' worktrees) never collide. Registered
 * in {@code META-INF/spring.factories} of the test classes; it sets {@code spring.mail.host} and
 * {@code spring.mail.port} before any bean is made. One server per test JVM, stopped at exit.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	/** The running server: tests read what arrived with {@code getReceivedMessages()}. */
	public static synchronized GreenMail server() {
		if (server == null) {
			GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
			server = started;
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		int port = server().getSmtp().getPort();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testMailServer",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(port))));
	}

}
