package io.cocareer.release;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Signs in as one user and follows, GET only, every link, htmx fragment and search form it is
 * shown, from the home page on: the navigation, the home page, and one object of every kind
 * (the first person, unit, tour, ... a list shows). A URL is fetched once per shape: its path
 * with ids replaced and the names of its parameters, so 150 people cost one person page. Every
 * answer of 400 and above, every error page, every text shown as a missing message (??key??)
 * and every error the request wrote to the log is a failure.
 */
final class PageCrawler {

	private static final Pattern UUID_SEGMENT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern NUMBER_SEGMENT = Pattern.compile("\\d+");

	private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[A-Za-z0-9_.\\-]+_[a-zA-Z_]+\\?\\?");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** Not pages of ours, or not to be followed by a crawler: assets, the API, signing out. */
	private static final List<String> SKIPPED = List.of("/logout", "/login", "/css", "/js", "/img", "/webjars",
			"/favicon", "/swagger-ui", "/v3/api-docs", "/api", "/error");

	private final String baseUrl;

	private final LogWatch log;

	private final int maxPages;

	/** The log lines a failing request was told with, so the check of the whole log does not tell them again. */
	private final Set<String> attributed = new HashSet<>();

	PageCrawler(String baseUrl, LogWatch log, int maxPages) {
		this.baseUrl = baseUrl;
		this.log = log;
		this.maxPages = maxPages;
	}

	/** A page that failed: who asked, what, and what went wrong. */
	record Failure(String role, String url, String problem, String linkedFrom) {

		@Override
		public String toString() {
			return "[" + this.role + "] GET " + this.url + " -> " + this.problem
					+ ((this.linkedFrom != null) ? " (linked from " + this.linkedFrom + ")" : "");
		}

	}

	/** What one user's crawl did. */
	record Result(String role, int pages, List<Failure> failures, Set<String> shapes) {

	}

	private record Target(String url, boolean htmx, String from) {

	}

	Result crawl(String username, String password) {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		List<Failure> failures = new ArrayList<>();
		if (!signIn(http, username, password, failures)) {
			return new Result(username, 0, failures, Set.of());
		}
		Set<String> shapes = new TreeSet<>();
		Deque<Target> queue = new ArrayDeque<>();
		queue.add(new Target("/", false, null));
		int pages = 0;
		while (!queue.isEmpty() && pages < this.maxPages) {
			Target target = queue.poll();
			if (!shapes.add(shape(target))) {
				continue;
			}
			pages++;
			long mark = this.log.mark();
			HttpResponse<String> response;
			try {
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + target.url()))
					.timeout(Duration.ofSeconds(60))
					.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
					.GET();
				if (target.htmx()) {
					request.header("HX-Request", "true");
				}
				response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception ex) {
				failures.add(new Failure(username, target.url(), "no answer: " + ex, target.from()));
				continue;
			}
			List<String> problems = new ArrayList<>();
			int status = response.statusCode();
			String location = response.headers().firstValue("Location").orElse(null);
			String contentType = response.headers().firstValue("Content-Type").orElse("");
			Document page = contentType.startsWith("text/html")
					? Jsoup.parse(response.body(), this.baseUrl + target.url()) : null;
			if (status >= 300 && status < 400 && location != null) {
				String next = local(location);
				if (next != null && next.startsWith("/login")) {
					problems.add(status + " to the sign-in page");
				}
				else if (next != null) {
					queue.add(new Target(next, false, target.url()));
				}
			}
			else if (status >= 400) {
				problems.add(status + ((page != null && isErrorPage(page)) ? " error page: " : ": ")
						+ excerpt(response.body()));
			}
			else if (page != null && isErrorPage(page)) {
				problems.add(status + " but an error page: " + excerpt(response.body()));
			}
			else if (page != null) {
				Matcher missing = MISSING_MESSAGE.matcher(page.text());
				if (missing.find()) {
					problems.add("shows a missing message: " + missing.group());
				}
			}
			for (String error : this.log.errorsSince(mark)) {
				problems.add("log: " + error);
				this.attributed.add(error);
			}
			if (!problems.isEmpty()) {
				failures.add(new Failure(username, target.url(), String.join("\n      ", problems), target.from()));
			}
			if (status >= 300 || page == null || isErrorPage(page)) {
				continue;
			}
			for (Target link : links(page, target.url())) {
				queue.add(link);
			}
		}
		return new Result(username, pages, failures, shapes);
	}

	Set<String> attributedLogLines() {
		return this.attributed;
	}

	private boolean signIn(HttpClient http, String username, String password, List<Failure> failures) {
		try {
			HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/login")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher csrf = CSRF.matcher(form.body());
			if (form.statusCode() != 200 || !csrf.find()) {
				failures.add(new Failure(username, "/login", form.statusCode() + ", no sign-in form", null));
				return false;
			}
			String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
					+ encode(csrf.group(1));
			HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			String location = signedIn.headers().firstValue("Location").orElse("");
			if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
				failures.add(new Failure(username, "/login", "sign-in failed: " + signedIn.statusCode() + " " + location,
						null));
				return false;
			}
			return true;
		}
		catch (Exception ex) {
			failures.add(new Failure(username, "/login", "sign-in failed: " + ex, null));
			return false;
		}
	}

	/** Links, htmx GETs (with the value the element sends) and GET forms (with their fields as shown). */
	private List<Target> links(Document page, String from) {
		List<Target> links = new ArrayList<>();
		for (Element anchor : page.select("a[href]")) {
			String href = anchor.attr("href");
			if (href.isBlank() || href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("mailto:")) {
				continue;
			}
			add(links, anchor.absUrl("href"), Map.of(), false, from);
		}
		for (Element element : page.select("[hx-get]")) {
			Map<String, String> values = new LinkedHashMap<>();
			if (element.tagName().equals("form")) {
				values.putAll(fields(element));
			}
			else if (element.hasAttr("name")) {
				values.put(element.attr("name"), valueOf(element, true));
			}
			add(links, element.absUrl("hx-get"), values, true, from);
		}
		for (Element form : page.select("form")) {
			String method = form.attr("method");
			if (!method.isEmpty() && !method.equalsIgnoreCase("get")) {
				continue;
			}
			String action = form.hasAttr("action") && !form.attr("action").isBlank() ? form.absUrl("action")
					: this.baseUrl + from;
			add(links, action, fields(form), false, from);
		}
		return links;
	}

	private void add(List<Target> links, String absolute, Map<String, String> values, boolean htmx, String from) {
		String url = local(absolute);
		if (url == null) {
			return;
		}
		if (!values.isEmpty()) {
			String query = values.entrySet()
				.stream()
				.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
				.collect(Collectors.joining("&"));
			String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
			url = path + "?" + query;
		}
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		for (String skipped : SKIPPED) {
			if (path.equals(skipped) || path.startsWith(skipped + "/") || path.startsWith(skipped + ".")) {
				return;
			}
		}
		links.add(new Target(url, htmx, from));
	}

	/** The fields a GET form sends as shown: inputs with their values, selects with the chosen option. */
	private static Map<String, String> fields(Element form) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Element field : form.select("input[name], select[name], textarea[name]")) {
			String type = field.attr("type").toLowerCase();
			if (type.equals("submit") || type.equals("button") || type.equals("reset") || type.equals("file")) {
				continue;
			}
			if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
				continue;
			}
			values.putIfAbsent(field.attr("name"), valueOf(field, false));
		}
		return values;
	}

	/**
	 * The value an element sends. For a select that htmx asks with on change, the first real
	 * choice (what a user picks), else the chosen option.
	 */
	private static String valueOf(Element field, boolean picked) {
		if (field.tagName().equals("select")) {
			Element selected = field.selectFirst("option[selected]");
			if (picked || selected == null) {
				for (Element option : field.select("option")) {
					if (!option.attr("value").isBlank()) {
						return option.attr("value");
					}
				}
			}
			return (selected != null) ? selected.attr("value") : "";
		}
		if (field.tagName().equals("textarea")) {
			return field.text();
		}
		return field.attr("value");
	}

	/** The path and query of a URL of this server, or null for another site. */
	private String local(String url) {
		String local;
		if (url.startsWith(this.baseUrl)) {
			local = url.substring(this.baseUrl.length());
		}
		else if (url.startsWith("/") && !url.startsWith("//")) {
			local = url;
		}
		else {
			return null;
		}
		int fragment = local.indexOf('#');
		if (fragment >= 0) {
			local = local.substring(0, fragment);
		}
		return local.isEmpty() ? "/" : local;
	}

	/** The path with ids replaced and the sorted names of the parameters; htmx requests apart. */
	private static String shape(Target target) {
		String url = target.url();
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
		String shapedPath = List.of(path.split("/", -1))
			.stream()
			.map((segment) -> UUID_SEGMENT.matcher(segment).matches() ? "{id}"
					: NUMBER_SEGMENT.matcher(segment).matches() ? "{n}" : segment)
			.collect(Collectors.joining("/"));
		Set<String> names = new TreeSet<>();
		for (String parameter : query.split("&")) {
			if (!parameter.isEmpty()) {
				names.add(parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter);
			}
		}
		return (target.htmx() ? "hx " : "") + shapedPath + (names.isEmpty() ? "" : "?" + String.join("&", names));
	}

	private static boolean isErrorPage(Document page) {
		return page.selectFirst(".error-page") != null;
	}

	private static String excerpt(String body) {
		String text = Jsoup.parse(body).text();
		return (text.length() > 160) ? text.substring(0, 160) + "…" : text;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
