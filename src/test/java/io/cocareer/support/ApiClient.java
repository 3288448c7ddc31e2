package io.cocareer.support;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the JSON API, signed in with HTTP Basic (or a bearer token). Every
 * call is checked against the API's OpenAPI document ({@link OpenApiContract}) unless the
 * client was made {@link #unchecked()} for calls that break it on purpose.
 */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final String authorization;

	private final boolean contract;

	private ApiClient(String baseUrl, String authorization) {
		this(baseUrl, authorization, true);
	}

	private ApiClient(String baseUrl, String authorization, boolean contract) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
		this.contract = contract;
	}

	/** The same client without the OpenAPI check: for requests that are malformed on purpose. */
	public ApiClient unchecked() {
		return new ApiClient(this.baseUrl, this.authorization, false);
	}

	public static ApiClient as(int port, String username, String password) {
		return as(local(port), username, password);
	}

	public static ApiClient withToken(int port, String token) {
		return withToken(local(port), token);
	}

	public static ApiClient anonymous(int port) {
		return anonymous(local(port));
	}

	/** Signed in with HTTP Basic at a base URL such as {@code http://localhost:8081}. */
	public static ApiClient as(String baseUrl, String username, String password) {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new ApiClient(baseUrl, "Basic " + basic);
	}

	public static ApiClient withToken(String baseUrl, String token) {
		return new ApiClient(baseUrl, "Bearer " + token);
	}

	public static ApiClient anonymous(String baseUrl) {
		return new ApiClient(baseUrl, null);
	}

	private static String local(int port) {
		return "http://localhost:" + port;
	}

	public Response get(String path) {
		return send(request(path).GET(), null);
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), json);
	}

	public Response put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)), json);
	}

	public Response delete(String path) {
		return send(request(path).DELETE(), null);
	}

	public Response postMultipart(String path, String fieldName, String fileName, String content) {
		String boundary = "----cocareer" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fieldName + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body)), body);
	}

	/**
	 * A GET sent byte for byte as given, for addresses {@link URI} refuses to build
	 * ({@code ?q=%ZZ}): HTTP/1.0 over a plain socket, so the answer is neither chunked nor kept alive.
	 */
	public Response getRaw(String pathAndQuery, String accept) {
		return getRaw(pathAndQuery, Map.of("Accept", accept));
	}

	/** The same with headers of one's choice, a foreign {@code Host} or {@code X-Forwarded-Proto} included. */
	public Response getRaw(String pathAndQuery, Map<String, String> headers) {
		URI base = URI.create(this.baseUrl);
		try (Socket socket = new Socket(base.getHost(), base.getPort())) {
			socket.setSoTimeout(30_000);
			Map<String, String> all = new java.util.LinkedHashMap<>();
			all.put("Host", base.getHost() + ":" + base.getPort());
			if (this.authorization != null) {
				all.put("Authorization", this.authorization);
			}
			all.putAll(headers);
			StringBuilder request = new StringBuilder("GET " + pathAndQuery + " HTTP/1.0\r\n");
			all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = answer.indexOf("\r\n\r\n");
			String[] head = answer.substring(0, (end < 0) ? answer.length() : end).split("\r\n");
			Map<String, String> answered = new HashMap<>();
			for (int i = 1; i < head.length; i++) {
				int colon = head[i].indexOf(':');
				if (colon > 0) {
					answered.merge(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim(),
							(a, b) -> a + "\n" + b);
				}
			}
			return new Response(Integer.parseInt(head[0].split(" ")[1]), answered.getOrDefault("content-type", ""),
					(end < 0) ? "" : answer.substring(end + 4), answered.get("location"), answered);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Raw GET " + pathAndQuery + " failed: " + ex.getMessage(), ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "application/json, application/problem+json");
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder, String body) {
		HttpRequest request = builder.build();
		HttpResponse<String> response;
		try {
			response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("API call failed: " + ex.getMessage(), ex);
		}
		if (this.contract) {
			OpenApiContract.check(this.baseUrl, request, body, response.statusCode(), response);
		}
		Map<String, String> headers = new HashMap<>();
		response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
				String.join("\n", values)));
		return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body(), response.headers().firstValue("Location").orElse(null), headers);
	}

	/** An answer; {@code headers} by lower-case name, several values of one name joined by a line break. */
	public record Response(int status, String contentType, String body, String location, Map<String, String> headers) {

		public Response(int status, String contentType, String body, String location) {
			this(status, contentType, body, location, Map.of());
		}

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

		/** The stable error code of a problem+json answer. */
		public String code() {
			return json().path("code").asString();
		}

	}

}
