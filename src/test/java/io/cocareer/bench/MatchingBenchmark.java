package io.cocareer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.talent.CompetencyView;
import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.PackageFilter;
import io.cocareer.tour.catalogue.Quality;
import io.cocareer.tour.catalogue.QualityRating;
import io.cocareer.tour.catalogue.RequiredCompetency;
import io.cocareer.tour.catalogue.WorkPackageService;
import io.cocareer.tour.catalogue.WorkPackageSummary;
import io.cocareer.tour.catalogue.WorkPackageTerms;
import io.cocareer.tour.matching.MatchingService;
import io.cocareer.tour.matching.MatchingService.CandidateMatch;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ranking the candidates for one work package over a generated organisation: every active
 * talent (about 8,300 of 50,000 people) with about 30 competencies each. Cycles through the five
 * packages of the generated catalogue: the four demo ones (two required competencies each) and
 * one made here that requires eight. Run with {@code bin/bench Matching}; see BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class MatchingBenchmark {

	@Param({ "50000" })
	public int people;

	@Param({ "30" })
	public int competencies;

	@Param({ "h2" })
	public String database;

	private ConfigurableApplicationContext context;

	private MatchingService matching;

	private Actor lead;

	private final List<UUID> packages = new ArrayList<>();

	private int next;

	private HttpClient http;

	private String baseUrl;

	private String token;

	@Setup(Level.Trial)
	public void startPlatform() {
		this.context = BenchmarkPlatform.start(this.database, this.people, this.competencies);
		this.matching = this.context.getBean(MatchingService.class);
		AccountView account = this.context.getBean(AccountService.class).findByUsername("lead").orElseThrow();
		this.lead = new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()), account.displayName(),
				account.roles());
		WorkPackageService catalogue = this.context.getBean(WorkPackageService.class);
		this.packages.add(packageRequiringEight(catalogue));
		catalogue.catalogue(this.lead, PackageFilter.none(), Paging.of(0, 100))
			.items()
			.stream()
			.map(WorkPackageSummary::id)
			.filter((id) -> !this.packages.contains(id))
			.forEach(this.packages::add);
		this.token = this.context.getBean(ApiTokenService.class).create(this.lead, "benchmark").secret();
		this.baseUrl = "http://localhost:" + this.context.getEnvironment().getProperty("local.server.port");
		this.http = HttpClient.newHttpClient();
	}

	@Benchmark
	public List<CandidateMatch> rankCandidates() {
		return this.matching.rankCandidates(this.lead, nextPackage(), 20);
	}

	@Benchmark
	public int rankCandidatesThroughTheApi() throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/api/v1/work-packages/" + nextPackage() + "/candidates?limit=20"))
			.header("Authorization", "Bearer " + this.token)
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Candidates API answered " + response.statusCode() + ": " + response.body());
		}
		return response.body().length();
	}

	@TearDown(Level.Trial)
	public void stopPlatform() {
		this.context.close();
	}

	private UUID nextPackage() {
		return this.packages.get(this.next++ % this.packages.size());
	}

	/** A draft needing eight competencies spread over the catalogue, at levels 3 and 4. */
	private UUID packageRequiringEight(WorkPackageService catalogue) {
		List<CompetencyView> all = catalogue.competencyCatalogue();
		List<RequiredCompetency> needs = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			needs.add(new RequiredCompetency(all.get(i * all.size() / 8).id(), 3 + (i % 2)));
		}
		Map<Quality, QualityRating> ratings = new EnumMap<>(Quality.class);
		for (Quality quality : Quality.values()) {
			ratings.put(quality, new QualityRating(4, "Benchmark package"));
		}
		String sponsor = catalogue.defaultSponsorEmployeeId(this.lead);
		UUID unit = catalogue.units().get(0).id();
		return catalogue.create(this.lead, new WorkPackageTerms("Pricing platform rebuild",
				"Rebuild how we price subscriptions across markets, with analytics and operations.",
				"A pricing engine every market uses; margin up two points.", sponsor, unit, LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 12, 1), 40, 3, TourType.TRANSFORMATIONAL, needs, ratings));
	}

}
