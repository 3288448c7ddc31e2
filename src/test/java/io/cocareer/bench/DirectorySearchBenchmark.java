package io.cocareer.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.identity.ApiTokenService;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The people directory search (one count and one page query) over a generated organisation.
 * Run with {@code bin/bench DirectorySearch}; see BENCHMARKS.md. Sample-time mode prints the
 * median (p0.50) and tail percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class DirectorySearchBenchmark {

	/** Name fragments, an employee id, a title word, a unit filter-free miss: what people type. */
	private static final String[] QUERIES = { "anders", "maya", "e012345", "engineer", "silva", "zzz-no-match", "ro",
			"team manager" };

	@Param({ "50000" })
	public int people;

	@Param({ "h2" })
	public String database;

	private ConfigurableApplicationContext context;

	private PeopleDirectory directory;

	private int next;

	private HttpClient http;

	private String baseUrl;

	private String token;

	@Setup(Level.Trial)
	public void startPlatform() {
		this.context = BenchmarkPlatform.start(this.database, this.people);
		this.directory = this.context.getBean(PeopleDirectory.class);
		// end to end through HTTP, signed in with a personal API token as the talent lead
		AccountView lead = this.context.getBean(AccountService.class).findByUsername("lead").orElseThrow();
		Actor actor = new Actor(AccountId.of(lead.id()), lead.username(), PersonId.ofNullable(lead.personId()), lead.displayName(), lead.roles());
		this.token = this.context.getBean(ApiTokenService.class).create(actor, "benchmark").secret();
		this.baseUrl = "http://localhost:" + this.context.getEnvironment().getProperty("local.server.port");
		this.http = HttpClient.newHttpClient();
	}

	@Benchmark
	public int searchThroughTheApi() throws Exception {
		String query = QUERIES[this.next++ % QUERIES.length];
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/api/v1/people?size=25&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + this.token)
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Directory API answered " + response.statusCode() + ": " + response.body());
		}
		return response.body().length();
	}

	@Benchmark
	public PageResult<PersonSummary> searchFirstPage() {
		String query = QUERIES[this.next++ % QUERIES.length];
		return this.directory.search(query, null, Paging.of(0, 25));
	}

	@Benchmark
	public PageResult<PersonSummary> browseDeepPageWithoutQuery() {
		return this.directory.search(null, null, Paging.of(1000, 25));
	}

	@TearDown(Level.Trial)
	public void stopPlatform() {
		this.context.close();
	}

}
