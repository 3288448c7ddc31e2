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
import io.cocareer.network.review.NetworkReview;
import io.cocareer.network.review.NetworkReviewService;
import io.cocareer.network.review.ReviewFilter;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The review across talents' networks over a generated organisation of 100,000 people of whom
 * about 50,000 are talents, each with a map of 15 developers (about 750,000 developers, their
 * support and ties): every map read and measured, the figures counted per unit, reason and band
 * and protected. Run with {@code bin/bench NetworkReviewBenchmark}; see BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = { "-Xmx6g" })
public class NetworkReviewBenchmark {

	@Param({ "100000" })
	public int people;

	@Param({ "3" })
	public int talentsInSix;

	@Param({ "15" })
	public int developers;

	@Param({ "h2" })
	public String database;

	private ConfigurableApplicationContext context;

	private NetworkReviewService review;

	private Actor lead;

	private HttpClient http;

	private String baseUrl;

	private String token;

	@Setup(Level.Trial)
	public void startPlatform() {
		this.context = BenchmarkPlatform.start(this.database, this.people, 0, this.developers, this.talentsInSix);
		this.review = this.context.getBean(NetworkReviewService.class);
		AccountView account = this.context.getBean(AccountService.class).findByUsername("lead").orElseThrow();
		this.lead = new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()),
				account.displayName(), account.roles());
		NetworkReview whole = this.review.review(this.lead, ReviewFilter.none());
		System.out.println("Review over " + whole.talents() + " talents with a map");
		this.token = this.context.getBean(ApiTokenService.class).create(this.lead, "benchmark").secret();
		this.baseUrl = "http://localhost:" + this.context.getEnvironment().getProperty("local.server.port");
		this.http = HttpClient.newHttpClient();
	}

	@Benchmark
	public NetworkReview review() {
		return this.review.review(this.lead, ReviewFilter.none());
	}

	@Benchmark
	public int reviewThroughTheApi() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/v1/networks/review"))
			.header("Authorization", "Bearer " + this.token)
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Review API answered " + response.statusCode() + ": " + response.body());
		}
		return response.body().length();
	}

	@TearDown(Level.Trial)
	public void stopPlatform() {
		this.context.close();
	}

}
