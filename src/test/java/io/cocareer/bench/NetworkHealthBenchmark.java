package io.cocareer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.identity.ApiTokenService;
import io.cocareer.network.map.NetworkService;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One talent's network health through the API, {@code GET /api/v1/me/network/health}, on a
 * generated map of 15 developers with ties among them (the demo talent's in a generated
 * organisation), signed in with a personal API token. Run with
 * {@code bin/bench NetworkHealthBenchmark}; see BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class NetworkHealthBenchmark {

	@Param({ "5000" })
	public int people;

	@Param({ "h2" })
	public String database;

	private ConfigurableApplicationContext context;

	private HttpClient http;

	private HttpRequest request;

	@Setup(Level.Trial)
	public void startPlatform() {
		this.context = BenchmarkPlatform.start(this.database, this.people, 0, 15, 1);
		AccountView account = this.context.getBean(AccountService.class).findByUsername("talent").orElseThrow();
		Actor talent = new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()),
				account.displayName(), account.roles());
		int size = this.context.getBean(NetworkService.class).myMap(talent).developers().size();
		if (size != 15) {
			throw new IllegalStateException("The demo talent's generated map has " + size + " developers, not 15");
		}
		String token = this.context.getBean(ApiTokenService.class).create(talent, "benchmark").secret();
		String baseUrl = "http://localhost:" + this.context.getEnvironment().getProperty("local.server.port");
		this.http = HttpClient.newHttpClient();
		this.request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/me/network/health"))
			.header("Authorization", "Bearer " + token)
			.build();
	}

	@Benchmark
	public int healthThroughTheApi() throws Exception {
		HttpResponse<String> response = this.http.send(this.request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Health API answered " + response.statusCode() + ": " + response.body());
		}
		return response.body().length();
	}

	@TearDown(Level.Trial)
	public void stopPlatform() {
		this.context.close();
	}

}
