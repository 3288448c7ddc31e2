package io.cocareer.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.directory.AlumniDirectory;
import io.cocareer.alumni.directory.AlumniProfileView;
import io.cocareer.alumni.directory.internal.SearchText;
import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.identity.ApiTokenService;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The alumni directory search over 100,000 alumni: a generated organisation of 100,000 people, every
 * one of them made an alumnus (the register's row and a profile, written in batches: 80 % listed,
 * 90 % with consent) with an employer, a role, three skills, a headline and a location from
 * realistic lists. Samples the first page of 25 for what people type (an employer, a skill, two
 * words of a role, a name fragment, three words, a miss, two letters), as an alumnus and as the
 * talent lead, in the service and end to end over HTTP. Run with {@code bin/bench AlumniDirectory};
 * see BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class AlumniDirectoryBenchmark {

	private static final String[] QUERIES = { "fabrikam", "kafka", "data engineer", "anders", "product manager amsterdam",
			"zzz-no-match", "ro", "climate" };

	private static final String[] EMPLOYERS = { "Fabrikam", "Contoso Bank", "Northwind Health", "Adatum", "Tailspin Logistics",
			"Wingtip Consulting", "Lucerne Publishing", "Proseware", "Trey Research", "Coho Winery", "Alpine Ski House",
			"Margie's Travel", "Fourth Coffee", "Relecloud", "Woodgrove Bank", "Wide World Importers", "Litware",
			"Blue Yonder Airlines", "Humongous Insurance", "City of Amsterdam" };

	private static final String[] ROLES = { "Data engineer", "Product manager", "Engineering manager", "Founder",
			"Head of analytics", "Senior consultant", "UX lead", "Interim CFO", "Site reliability engineer",
			"Research scientist", "Operations director", "Marketing lead", "Solutions architect", "Risk analyst",
			"Category manager", "Developer advocate", "Programme manager", "Actuary" };

	private static final String[] SKILLS = { "Kafka", "Flink", "Kubernetes", "Terraform", "Python", "Java", "dbt",
			"Forecasting", "Hiring", "Coaching", "Fundraising", "Design systems", "Accessibility", "GDPR", "Pricing",
			"Negotiation", "Public speaking", "Machine learning", "Statistics", "SAFe", "Azure", "Product discovery",
			"Climate risk", "Supply chain" };

	private static final String[] HEADLINES = { "Streaming data platforms for retail", "Making payments boring",
			"Growing teams that ship safely", "Building a climate-reporting start-up", "Forecasting demand across Europe",
			"Helping insurers move to the cloud", "Designing for readers on small screens", "Keeping payments up at night",
			"Large language models for legal texts", "Brands people come back to", "Privacy by design, in practice" };

	private static final String[] PLACES = { "Amsterdam", "London", "Berlin", "Utrecht", "Rotterdam", "Brussels",
			"Paris", "Lisbon", "Dublin", "Munich", "Copenhagen", "Zürich" };

	@Param({ "100000" })
	public int alumni;

	@Param({ "h2" })
	public String database;

	private ConfigurableApplicationContext context;

	private AlumniDirectory directory;

	private Actor lead;

	private Actor alumnus;

	private int next;

	private HttpClient http;

	private String baseUrl;

	private String alumnusToken;

	@Setup(Level.Trial)
	public void startPlatform() {
		// no developmental networks: their tables are not read here, and generating them is most of the time
		this.context = BenchmarkPlatform.start(this.database, this.alumni, 0, 0, 1);
		this.directory = this.context.getBean(AlumniDirectory.class);
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		long started = System.nanoTime();
		makeAlumni(jdbc);
		System.out.printf("Made %d alumni with profiles in %d ms%n",
				jdbc.queryForObject("select count(*) from alumni_profile", Long.class),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		AccountService accounts = this.context.getBean(AccountService.class);
		AccountView leadAccount = accounts.findByUsername("lead").orElseThrow();
		this.lead = new Actor(AccountId.of(leadAccount.id()), leadAccount.username(),
				PersonId.ofNullable(leadAccount.personId()), leadAccount.displayName(), leadAccount.roles());
		UUID alumnusPerson = jdbc.queryForObject(
				"select person_id from alumni_profile where listed and contactable order by sort_name limit 1", UUID.class);
		accounts.create("bench-alumnus", "bench-alumnus-1", alumnusPerson, "Bench Alumnus", Set.of(Role.ALUMNUS));
		AccountView alumnusAccount = accounts.findByUsername("bench-alumnus").orElseThrow();
		this.alumnus = new Actor(AccountId.of(alumnusAccount.id()), alumnusAccount.username(),
				PersonId.of(alumnusPerson), alumnusAccount.displayName(), Set.of(Role.ALUMNUS));
		this.alumnusToken = this.context.getBean(ApiTokenService.class).create(this.alumnus, "benchmark").secret();
		this.baseUrl = "http://localhost:" + this.context.getEnvironment().getProperty("local.server.port");
		this.http = HttpClient.newHttpClient();
	}

	/** Every person an alumnus who left in the last six years: the register's row and a profile, in batches. */
	private void makeAlumni(JdbcTemplate jdbc) {
		Random random = new Random(42);
		List<Object[]> people = new ArrayList<>();
		jdbc.query("select id, first_name, last_name from person order by id limit ?",
				(rs) -> {
					people.add(new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3) });
				}, this.alumni);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> alumniRows = new ArrayList<>();
		List<Object[]> profileRows = new ArrayList<>();
		for (Object[] person : people) {
			boolean consent = random.nextInt(10) != 0;
			boolean listed = random.nextInt(5) != 0;
			String employer = EMPLOYERS[random.nextInt(EMPLOYERS.length)];
			String role = ROLES[random.nextInt(ROLES.length)];
			List<String> skills = List.of(SKILLS[random.nextInt(SKILLS.length)], SKILLS[random.nextInt(SKILLS.length)],
					SKILLS[random.nextInt(SKILLS.length)]);
			String headline = HEADLINES[random.nextInt(HEADLINES.length)];
			String place = PLACES[random.nextInt(PLACES.length)];
			String first = (String) person[1];
			String last = (String) person[2];
			alumniRows.add(new Object[] { person[0], Date.valueOf(LocalDate.now().minusDays(30 + random.nextInt(2000))),
					"new-role", "CAREER_GOAL", "YES", consent ? "alumnus@example.org" : null, consent ? "EMAIL" : null,
					consent ? "QUARTERLY" : null, consent ? now : null, now });
			profileRows.add(new Object[] { person[0], employer, role, String.join("\n", skills), headline, place,
					listed, consent, SearchText.of(last, first),
					SearchText.of(last, first, employer, role, String.join(" ", skills), headline, place), now, now });
		}
		jdbc.batchUpdate("""
				insert into alumnus (person_id, left_on, reason_code, reason_kind, eligibility, consent_email,
				  consent_channels, consent_cadence, consent_given_at, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", alumniRows);
		jdbc.batchUpdate("""
				insert into alumni_profile (person_id, employer, role_title, skills, headline, location, listed,
				  contactable, sort_name, search_text, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", profileRows);
		if ("postgres".equals(this.database)) {
			jdbc.execute("analyze alumni_profile");
			jdbc.execute("analyze alumnus");
		}
	}

	@Benchmark
	public PageResult<AlumniProfileView> searchAsAlumnus() {
		return this.directory.search(this.alumnus, QUERIES[this.next++ % QUERIES.length], null, Paging.of(0, 25));
	}

	@Benchmark
	public PageResult<AlumniProfileView> searchAsTalentLead() {
		return this.directory.search(this.lead, QUERIES[this.next++ % QUERIES.length], null, Paging.of(0, 25));
	}

	/** The talent lead's tier filter: the tier is the register's, read for every alumnus at once. */
	@Benchmark
	public PageResult<AlumniProfileView> searchAsTalentLeadInOneTier() {
		return this.directory.search(this.lead, QUERIES[this.next++ % QUERIES.length], AlumniTier.CONNECTED,
				Paging.of(0, 25));
	}

	@Benchmark
	public int searchThroughTheApiAsAlumnus() throws Exception {
		String query = QUERIES[this.next++ % QUERIES.length];
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/api/v1/alumni?size=25&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + this.alumnusToken)
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Directory API answered " + response.statusCode() + ": " + response.body());
		}
		return response.body().length();
	}

	@TearDown(Level.Trial)
	public void stopPlatform() {
		this.context.close();
	}

}
