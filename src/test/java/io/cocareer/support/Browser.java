package io.cocareer.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;

/**
 * Debian's Chromium driven by Playwright for Java: one browser per test JVM, a fresh context
 * (cookies, cache) per test, a demo user's session resumed from test to test (see
 * {@link #signedIn(int, String)}). Playwright must not download a browser of its own here.
 * <p>
 * The browser is Debian's {@code chromium-headless-shell}: the same Chromium source and version as
 * Debian's {@code chromium}, built without the desktop browser around it, which is what
 * Playwright itself runs for headless tests. The browser tests took 70 s in it against 106 s in
 * the full browser. {@code -Dcocareer.test.chromium=/usr/bin/chromium} runs them in the full one.
 */
public final class Browser {

	private static final Path CHROMIUM = Paths
		.get(System.getProperty("cocareer.test.chromium", "/usr/bin/chromium-headless-shell"));

	private static Playwright playwright;

	private static com.microsoft.playwright.Browser browser;

	/** The session cookies of each demo user signed in with the form, by port and user name. */
	private static final Map<String, List<Cookie>> SESSIONS = new ConcurrentHashMap<>();

	private Browser() {
	}

	public static synchronized com.microsoft.playwright.Browser shared() {
		if (browser == null) {
			if (!Files.isExecutable(CHROMIUM)) {
				throw new IllegalStateException("Chromium is not installed at " + CHROMIUM
						+ ": run 'apt-get install -y chromium-headless-shell' (bin/test does it for you)");
			}
			// as long as the contexts' own timeout: a loaded machine renders a first page slower than 5 s
			com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
			playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
		return browser;
	}

	/**
	 * A new page, signed in as one of the demo users (password {@code demo}) and on the home page.
	 * The first time in this JVM it signs in with the form; later it resumes that session in the new
	 * context, as a browser that is still signed in would, unless the session has ended (signed
	 * out, or the account changed), when it signs in with the form again. Signing in through the
	 * form cost about 0.7 s a page against 0.3 s resumed, and the browser tests sign in about 55
	 * times. Tests of signing in itself use {@link #signIn}.
	 */
	public static Page signedIn(int port, String username) {
		return signedIn(newPage(port), port, username);
	}

	/** As {@link #signedIn(int, String)}, for a page of a context made by the caller. */
	public static Page signedIn(Page page, int port, String username) {
		String key = port + " " + username;
		List<Cookie> session = SESSIONS.get(key);
		if (session != null) {
			page.context().addCookies(session);
			page.navigate("/");
			if (page.url().equals(home(port))) {
				return page;
			}
			page.context().clearCookies();
		}
		signIn(page, port, username);
		SESSIONS.put(key, page.context().cookies());
		return page;
	}

	/** As {@link #signedIn(int, String)}, in a browser with JavaScript switched off (plain forms). */
	public static Page signedInWithoutJavaScript(int port, String username) {
		BrowserContext context = shared().newContext(options(port).setJavaScriptEnabled(false));
		timeouts(context);
		return signedIn(context.newPage(), port, username);
	}

	/** Signs a page of a context made by the caller in as a demo user, through the sign-in form. */
	public static Page signIn(Page page, int port, String username) {
		return signIn(page, port, username, "demo");
	}

	/** Signs a page in through the sign-in form as any user, such as one a test hired. */
	public static Page signIn(Page page, int port, String username, String password) {
		page.navigate("/login");
		page.getByLabel("User name").fill(username);
		page.getByLabel("Password").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(home(port));
		return page;
	}

	/**
	 * Clicks a button that posts its form and waits for the page the answer leads to. A wait for
	 * the URL alone returns at once when the answer comes back to the URL the page is on, and the
	 * next step could then act on the page that is being left.
	 */
	@SuppressWarnings("deprecation")
	public static void submit(Page page, com.microsoft.playwright.Locator button) {
		page.waitForNavigation(button::click);
	}

	/**
	 * Checks a checkbox or radio button. Playwright clicks it and then reads its state; on a loaded
	 * machine the click once landed while the page was still settling and left the state as it
	 * was ("Clicking the checkbox did not change its state"), so a second click is tried before
	 * the test fails. The state is asserted either way.
	 */
	public static void check(com.microsoft.playwright.Locator box) {
		try {
			box.check();
		}
		catch (com.microsoft.playwright.PlaywrightException ex) {
			if (!String.valueOf(ex.getMessage()).contains("did not change its state")) {
				throw ex;
			}
			box.page().waitForLoadState();
			box.check();
		}
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(box).isChecked();
	}

	private static String home(int port) {
		return "http://localhost:" + port + "/";
	}

	public static Page newPage(int port) {
		BrowserContext context = shared().newContext(options(port));
		timeouts(context);
		Page page = context.newPage();
		// a script or style the Content-Security-Policy blocks shows up here (and in the test log)
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				System.err.println("[browser console] " + page.url() + ": " + message.text());
			}
		});
		return page;
	}

	/**
	 * 15 s for a locator, 45 s for a navigation: the first request of each page renders its
	 * templates cold, which took over 15 s on a loaded 2-core CI machine and failed tests that
	 * had nothing wrong.
	 */
	private static void timeouts(BrowserContext context) {
		context.setDefaultTimeout(15_000);
		context.setDefaultNavigationTimeout(45_000);
	}

	public static com.microsoft.playwright.Browser.NewContextOptions options(int port) {
		return new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setViewportSize(1280, 900);
	}

}
