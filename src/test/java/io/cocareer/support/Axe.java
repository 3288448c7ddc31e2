package io.cocareer.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.webjars.WebJarVersionLocator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (the WebJar on the test class path) run in a Playwright page. The page's context must
 * bypass the Content-Security-Policy ({@code setBypassCSP(true)}): axe is added as an inline script,
 * unless {@link #installIn} has given the context's pages axe already.
 */
public final class Axe {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SOURCE = source();

	private Axe() {
	}

	/** The critical and serious violations of the page as it is now, one line each with where they are. */
	public static List<String> seriousViolations(Page page) {
		if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
			page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
		}
		String json = (String) page.evaluate("""
				async () => {
				  const result = await axe.run(document, { resultTypes: ['violations'] });
				  return JSON.stringify(result.violations
				    .filter(v => v.impact === 'critical' || v.impact === 'serious')
				    .map(v => ({ id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
				                 targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': '
				                   + n.failureSummary.replace(/\\s+/g, ' ').substring(0, 160)) })));
				}""");
		List<String> lines = new ArrayList<>();
		for (JsonNode v : JSON.readTree(json)) {
			List<String> targets = new ArrayList<>();
			v.path("targets").forEach((t) -> targets.add(t.asString()));
			lines.add("%s (%s, %d) %s -> %s".formatted(v.path("id").asString(), v.path("impact").asString(),
					v.path("count").asInt(), v.path("help").asString(), String.join(" | ", targets)));
		}
		return lines;
	}

	/**
	 * Gives every page the context opens axe as it loads. Sending its half megabyte to the browser
	 * once rather than with every page took the audit of 124 pages from 72 s to 29 s.
	 */
	public static void installIn(BrowserContext context) {
		context.addInitScript(SOURCE);
	}

	private static String source() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test class path at " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
