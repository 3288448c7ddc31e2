package io.cocareer.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import io.cocareer.identity.AccountLoad;
import io.cocareer.identity.AccountService;
import io.cocareer.network.map.internal.MapLoad;
import io.cocareer.people.OrganisationLoad;
import io.cocareer.talent.TalentLoad;
import io.cocareer.tour.catalogue.internal.CatalogueLoad;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The generator is deterministic: the same seed and size give the same organisation, row for row. */
class OrganisationGeneratorTests {

	@Test
	void idsDependOnlyOnSeedKindAndIndex() {
		assertThat(OrganisationGenerator.id(42, "person", 7)).isEqualTo(OrganisationGenerator.id(42, "person", 7));
		assertThat(OrganisationGenerator.id(42, "person", 7)).isNotEqualTo(OrganisationGenerator.id(43, "person", 7));
	}

	@Test
	void sameSeedGivesTheSameOrganisationInTwoDatabases() {
		String first = fingerprint(generateInto("gen_a", 99));
		String second = fingerprint(generateInto("gen_b", 99));

		assertThat(first).isEqualTo(second);
	}

	@Test
	void anotherSeedGivesAnotherOrganisation() {
		assertThat(fingerprint(generateInto("gen_c", 1))).isNotEqualTo(fingerprint(generateInto("gen_d", 2)));
	}

	@Test
	void generatedOrganisationHasATreeOfReportingLinesAndAboutOneTalentInSix() {
		JdbcTemplate jdbc = generateInto("gen_e", 5);

		Long people = jdbc.queryForObject("select count(*) from person", Long.class);
		Long roots = jdbc.queryForObject("select count(*) from person where manager_id is null and status = 'ACTIVE'",
				Long.class);
		Long talents = jdbc.queryForObject("select count(*) from talent_designation", Long.class);

		assertThat(people).isEqualTo(601);
		assertThat(roots).isEqualTo(1);
		assertThat(talents).isBetween(70L, 130L);
	}

	@Test
	void byDefaultTalentsHoldFiveToEightCompetenciesFromTheBaseCatalogue() {
		JdbcTemplate jdbc = generateInto("gen_f", 5);

		assertThat(jdbc.queryForObject("select count(*) from competency", Long.class))
			.isEqualTo(OrganisationGenerator.COMPETENCIES.length);
		assertThat(perTalent(jdbc, "min")).isEqualTo(5);
		assertThat(perTalent(jdbc, "max")).isEqualTo(8);
	}

	@Test
	void talentsCanHoldAboutThirtyCompetenciesFromAnExtendedCatalogue() {
		JdbcTemplate jdbc = generateInto("gen_g", 5, 30);

		assertThat(jdbc.queryForObject("select count(*) from competency", Long.class)).isEqualTo(90);
		assertThat(jdbc.queryForObject("select count(distinct name) from competency", Long.class)).isEqualTo(90);
		assertThat(perTalent(jdbc, "min")).isEqualTo(28);
		assertThat(perTalent(jdbc, "max")).isEqualTo(32);
		assertThat(jdbc.queryForObject("select count(*) from talent_designation", Long.class)).isBetween(70L, 130L);
	}

	@Test
	void sameSeedGivesTheSameCompetenciesInTwoDatabases() {
		assertThat(fingerprint(generateInto("gen_h", 3, 30))).isEqualTo(fingerprint(generateInto("gen_i", 3, 30)));
	}

	@Test
	void everyTalentHasAMapOfFifteenDevelopersWithTiesAmongThem() {
		JdbcTemplate jdbc = generateInto("gen_k", 5);

		Long talents = jdbc.queryForObject("select count(*) from talent_designation", Long.class);
		assertThat(jdbc.queryForObject("select count(distinct talent_id) from network_developer", Long.class)).isEqualTo(talents);
		assertThat(jdbc.queryForObject("select count(*) from network_developer", Long.class)).isEqualTo(15 * talents);
		assertThat(jdbc.queryForObject("select min(n) from (select count(*) as n from network_developer group by talent_id) m",
				Long.class)).isEqualTo(15);
		// arenas are mixed, some developers are generated people, closeness is 1 to 5, ties join one map's developers
		assertThat(jdbc.queryForObject("select count(distinct arena) from network_developer", Long.class)).isEqualTo(6);
		assertThat(jdbc.queryForObject("select count(*) from network_developer d join person p on p.id = d.person_id",
				Long.class)).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from network_developer where talent_id = person_id", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select min(closeness) * 10 + max(closeness) from network_developer", Long.class))
			.isEqualTo(15);
		assertThat(jdbc.queryForObject("select count(*) from network_tie", Long.class)).isGreaterThan(5 * talents);
		assertThat(jdbc.queryForObject("""
				select count(*) from network_tie t join network_developer a on a.id = t.one_id join network_developer b on b.id = t.other_id
				where a.talent_id <> t.talent_id or b.talent_id <> t.talent_id""", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from network_developer_support", Long.class)).isGreaterThan(15 * talents);
		// some talents lean on nobody outside the organisation (the review's advice shows them)
		assertThat(jdbc.queryForObject("select count(*) from (select talent_id from network_developer group by talent_id"
				+ " having sum(case when internal then 0 else 1 end) = 0) inward", Long.class)).isPositive();
	}

	@Test
	void sameSeedGivesTheSameMapsInTwoDatabases() {
		String query = "select d.id, d.talent_id, d.person_id, d.name, d.arena, d.closeness, d.last_contact,"
				+ " (select count(*) from network_tie t where t.one_id = d.id) as ties from network_developer d order by d.id";
		assertThat(generateInto("gen_l", 8).queryForList(query).toString())
			.isEqualTo(generateInto("gen_m", 8).queryForList(query).toString());
	}

	@Test
	void moreCompetenciesPerTalentThanTheExtendedCatalogueHoldsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> generateInto("gen_j", 3,
				OrganisationGenerator.MAX_COMPETENCIES_PER_TALENT + 1));
	}

	/** Columns added after the golden hash was taken (V37: the day a person was erased), null for every generated row. */
	private static final Map<String, List<String>> LATER_COLUMNS = Map.of("person", List.of("erased_on"));

	/**
	 * Every row the generator writes for one seed, to the last column, as it was when the demo
	 * module still wrote the other modules' tables itself: people, talent and identity now write
	 * them through their own loaders, and the organisation of a seed stayed the same.
	 */
	@Test
	void theOrganisationOfASeedIsRowForRowWhatItWasBeforeEachModuleLoadedItsOwnTables() throws Exception {
		JdbcTemplate jdbc = generateInto("gen_golden", 11, 0);
		StringBuilder rows = new StringBuilder();
		for (String table : List.of("org_unit", "person", "employment_period", "competency", "talent_designation",
				"talent_profile", "profile_value", "profile_desired_role", "profile_competency")) {
			String key = switch (table) {
				case "profile_value" -> "person_id, rank_no";
				case "profile_desired_role" -> "person_id, position_no";
				case "profile_competency" -> "person_id, competency_id";
				case "talent_designation", "talent_profile" -> "person_id";
				default -> "id";
			};
			List<Map<String, Object>> tableRows = jdbc.queryForList("select * from " + table + " order by " + key);
			// columns added after the golden was taken must be empty for a generated organisation
			for (Map<String, Object> row : tableRows) {
				for (String later : LATER_COLUMNS.getOrDefault(table, List.of())) {
					assertThat(row).containsKey(later);
					assertThat(row.remove(later)).as(table + "." + later).isNull();
				}
			}
			rows.append(table).append(tableRows).append('\n');
		}
		byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
			.digest(rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(java.util.HexFormat.of().formatHex(digest))
			.isEqualTo("4b2a40aaace14921b0a73a39fa2caa0fdb6bc3b2543262951bb1f6004121de06");
	}

	/**
	 * The demo's work packages, their required competencies and Tara's interest, to the last
	 * column, as they were when the demo module still wrote them itself: the catalogue now writes
	 * them ({@code tour.WorkPackageLoad}), and the rows of the demo seed stayed the same.
	 */
	@Test
	void theDemoWorkPackagesAreRowForRowWhatTheyWereBeforeTheCatalogueLoadedThem() throws Exception {
		String url = "jdbc:h2:mem:gen_packages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		AccountService accounts = Mockito.mock(AccountService.class);
		Mockito.when(accounts.hash("demo")).thenReturn("not-a-real-hash");
		new OrganisationGenerator(jdbc, accounts, new OrganisationLoad(jdbc), new TalentLoad(jdbc), new AccountLoad(jdbc),
				new CatalogueLoad(jdbc), new MapLoad(jdbc))
			.generate(150, 7, OrganisationGenerator.DEMO_SEED, true);

		StringBuilder rows = new StringBuilder();
		for (String table : List.of("work_package", "work_package_competency", "work_package_interest")) {
			String key = table.equals("work_package_competency") ? "work_package_id, competency_id" : "id";
			rows.append(table).append(jdbc.queryForList("select * from " + table + " order by " + key)).append('\n');
		}
		byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
			.digest(rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(rows.toString()).contains("Search relevance v2", "Regional expansion playbook");
		assertThat(java.util.HexFormat.of().formatHex(digest)).isEqualTo("405a3796634aeb3beffe05d36c0423b07b660bc67de707342530127c8239fb49");
	}

	private static int perTalent(JdbcTemplate jdbc, String aggregate) {
		return jdbc.queryForObject("select " + aggregate + "(n) from (select count(*) as n from profile_competency"
				+ " group by person_id) counts", Integer.class);
	}

	private static JdbcTemplate generateInto(String database, long seed) {
		return generateInto(database, seed, 0);
	}

	private static JdbcTemplate generateInto(String database, long seed, int competenciesPerTalent) {
		String url = "jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		// no demo accounts, so no password hashing and no account service needed
		new OrganisationGenerator(jdbc, null, new OrganisationLoad(jdbc), new TalentLoad(jdbc), null, null, new MapLoad(jdbc))
			.generate(600, 7, seed, false, competenciesPerTalent);
		return jdbc;
	}

	private static String fingerprint(JdbcTemplate jdbc) {
		List<Map<String, Object>> people = jdbc.queryForList(
				"select id, employee_id, email, manager_id, unit_id, hire_date, title from person order by id");
		List<Map<String, Object>> talents = jdbc.queryForList(
				"select person_id, reason, performance, potential, review_on from talent_designation order by person_id");
		List<Map<String, Object>> competencies = jdbc.queryForList(
				"select person_id, competency_id, proficiency from profile_competency order by person_id, competency_id");
		return people.toString() + talents + competencies;
	}

}
