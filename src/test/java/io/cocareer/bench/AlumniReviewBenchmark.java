package io.cocareer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

import io.cocareer.alumni.review.AlumniReview;
import io.cocareer.alumni.review.AlumniReviewService;
import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.identity.ApiTokenService;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review across alumni over 100,000 alumni with about 200,000 interactions: the register's
 * facts of every alumnus with the period's interactions summed (one statement), the period's hires
 * (one statement), every breakdown counted and protected. The organisation is generated (100,000
 * people, no developmental networks); the alumni and their interactions are inserted straight
 * into the register's tables, one alumnus a person. Run with {@code bin/bench AlumniReviewBenchmark};
 * see BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
public class AlumniReviewBenchmark {

	private static final String[] KINDS = { "CAREER_GOAL", "PERSONAL", "DISSATISFACTION", "ORGANISATIONAL" };

	private static final String[] INTERVIEWS = { "new-role", "studies", "pay", "manager", "workload", "relocation",
			"family", "start-up" };

	private static final String[] INTERACTIONS = { "EVENT", "COLLABORATION", "REFERRAL", "CONTACT" };

	@Param({ "100000" })
	public int alumni;

	@Param({ "h2" })
	public String database;

	private ConfigurableApplicationContext context;

	private AlumniReviewService review;

	private Actor lead;

	private HttpClient http;

	private String baseUrl;

	private String token;

	@Setup(Level.Trial)
	public void startPlatform() {
		this.context = BenchmarkPlatform.start(this.database, this.alumni, 0, 0, 1);
		long started = System.nanoTime();
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		int interactions = insertAlumni(jdbc, this.alumni);
		if ("postgres".equals(this.database)) {
			// the statistics autovacuum would gather in its own time: without them the first reviews
			// after a bulk insert plan for empty tables
			jdbc.execute("analyze alumnus");
			jdbc.execute("analyze alumni_interaction");
			jdbc.execute("analyze employment_period");
		}
		System.out.printf("Inserted %,d alumni and %,d interactions in %,d ms%n", this.alumni, interactions,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		this.review = this.context.getBean(AlumniReviewService.class);
		AccountView account = this.context.getBean(AccountService.class).findByUsername("lead").orElseThrow();
		this.lead = new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()),
				account.displayName(), account.roles());
		AlumniReview whole = this.review.review(this.lead, null, null);
		System.out.println("Review over " + whole.alumni() + " alumni, " + whole.hires() + " hires, engagement "
				+ whole.engagementRate().percent() + " %, boomerang rate " + whole.boomerangRate().percent() + " %");
		this.token = this.context.getBean(ApiTokenService.class).create(this.lead, "benchmark").secret();
		this.baseUrl = "http://localhost:" + this.context.getEnvironment().getProperty("local.server.port");
		this.http = HttpClient.newHttpClient();
	}

	/**
	 * One alumnus a generated person (the first {@code count} by id): left in the last ten years
	 * for one of four kinds of reason, 40 % with an exit interview's reason, 70 % with consent (one
	 * in ten of them withdrawn), 1 % distinguished, 5 % back (rated before and, most, after), and
	 * 0 to 4 interactions each since they left.
	 */
	static int insertAlumni(JdbcTemplate jdbc, int count) {
		Random random = new Random(42);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Timestamp now = Timestamp.from(java.time.Instant.now());
		List<UUID> people = jdbc.queryForList("select id from person order by id fetch first " + count + " rows only",
				UUID.class);
		List<Object[]> alumni = new ArrayList<>();
		List<Object[]> interactions = new ArrayList<>();
		int inserted = 0;
		for (UUID person : people) {
			LocalDate left = today.minusDays(1 + random.nextInt(3650));
			String kind = KINDS[random.nextInt(KINDS.length)];
			String interview = (random.nextInt(10) < 4) ? INTERVIEWS[random.nextInt(INTERVIEWS.length)] : null;
			boolean consent = random.nextInt(10) < 7;
			boolean withdrawn = consent && random.nextInt(10) == 0;
			LocalDate rehired = null;
			LocalDate leftAgain = null;
			Integer prior = null;
			Integer after = null;
			long daysAway = java.time.temporal.ChronoUnit.DAYS.between(left, today);
			if (random.nextInt(20) == 0 && daysAway > 60) {
				rehired = left.plusDays(30 + random.nextInt((int) daysAway - 30));
				leftAgain = (random.nextInt(5) == 0 && rehired.isBefore(today.minusDays(30)))
						? rehired.plusDays(1 + random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(rehired, today)))
						: null;
				prior = 1 + random.nextInt(5);
				after = (random.nextInt(4) > 0) ? 1 + random.nextInt(5) : null;
			}
			alumni.add(new Object[] { person, Date.valueOf(left), kind.toLowerCase().replace('_', '-'), kind,
					"DISSATISFACTION".equals(kind) ? "WITH_REVIEW" : "YES", interview,
					consent ? "alumnus" + inserted + "@example.org" : null, consent ? "EMAIL" : null,
					consent ? "QUARTERLY" : null, consent ? Timestamp.valueOf(left.atStartOfDay()) : null,
					withdrawn ? now : null, (random.nextInt(100) == 0) ? Date.valueOf(left.plusDays(10)) : null,
					(rehired != null) ? Date.valueOf(rehired) : null, (leftAgain != null) ? Date.valueOf(leftAgain) : null,
					prior, after, now });
			int many = random.nextInt(5);
			for (int i = 0; i < many; i++) {
				String what = INTERACTIONS[random.nextInt(INTERACTIONS.length)];
				LocalDate on = left.plusDays(random.nextInt((int) daysAway + 1));
				interactions.add(new Object[] { UUID.randomUUID(), person, what, Date.valueOf(on), "Benchmark " + what,
						"COLLABORATION".equals(what) ? (long) (1 + random.nextInt(50_000)) * 100 : null,
						"REFERRAL".equals(what) && random.nextInt(5) == 0, now });
			}
			inserted++;
			if (alumni.size() == 5_000) {
				flush(jdbc, alumni, interactions);
			}
		}
		flush(jdbc, alumni, interactions);
		return jdbc.queryForObject("select count(*) from alumni_interaction", Integer.class);
	}

	private static void flush(JdbcTemplate jdbc, List<Object[]> alumni, List<Object[]> interactions) {
		jdbc.batchUpdate("""
				insert into alumnus (person_id, left_on, reason_code, reason_kind, eligibility, interview_reason_code,
				  consent_email, consent_channels, consent_cadence, consent_given_at, consent_withdrawn_at,
				  distinguished_since, rehired_on, left_again_on, prior_rating, return_rating, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", alumni);
		jdbc.batchUpdate("""
				insert into alumni_interaction (id, person_id, kind, occurred_on, summary, value_cents, hired, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", interactions);
		alumni.clear();
		interactions.clear();
	}

	@Benchmark
	public AlumniReview review() {
		return this.review.review(this.lead, null, null);
	}

	@Benchmark
	public int reviewThroughTheApi() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/v1/alumni/review"))
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
