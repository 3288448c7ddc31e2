package io.cocareer.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganisationGeneratorIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoOrganisationHasUnitsReportingLinesTalentsAndTheFiveDemoAccounts() {
		// other tests add people, units and talents to the shared demo data: count only what the generator made
		long units = count("select count(*) from org_unit where code in ('ENG','PRD','SAL','MKT','OPS','FIN','PPL','CS')");
		long people = count("select count(*) from person where email like '%@demo.cocareer.io'");
		long talents = count("select count(*) from talent_designation where designated_by = 'lead' "
				+ "and person_id in (select id from person where email like '%@demo.cocareer.io')");
		List<String> usernames = this.jdbc.sql("select username from account where username in "
				+ "('lead','manager','talent','alumnus','admin') order by username").query(String.class).list();

		assertThat(units).isBetween(6L, 8L);
		assertThat(people).isBetween(140L, 160L);
		assertThat(talents).isBetween(20L, 35L);
		assertThat(usernames).containsExactly("admin", "alumnus", "lead", "manager", "talent");
		assertThat(count("select count(*) from person where manager_id is null and status = 'ACTIVE' "
				+ "and email like '%@demo.cocareer.io'"))
			.as("only the CEO has no manager").isEqualTo(1);
	}

	@Test
	void theDemoTalentReportsToTheDemoManagerAndHasAFullProfile() {
		Map<String, Object> row = this.jdbc.sql("""
				select t.first_name as talent, m.first_name as manager,
				  (select count(*) from profile_value v where v.person_id = t.id) as profile_values,
				  (select count(*) from profile_competency c where c.person_id = t.id) as competencies
				from account a join person t on t.id = a.person_id join person m on m.id = t.manager_id
				join account ma on ma.person_id = m.id
				where a.username = 'talent' and ma.username = 'manager'""").query().singleRow();

		assertThat(row.get("talent")).isEqualTo("Tara");
		assertThat(row.get("manager")).isEqualTo("Marco");
		assertThat(((Number) row.get("profile_values")).intValue()).isEqualTo(5);
		assertThat(((Number) row.get("competencies")).intValue()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void theAlumnusHasLeftWithTheirEmploymentPeriodClosed() {
		Map<String, Object> row = this.jdbc.sql("""
				select p.status, e.ended_on from account a join person p on p.id = a.person_id
				join employment_period e on e.person_id = p.id where a.username = 'alumnus'""").query().singleRow();

		assertThat(row.get("status")).isEqualTo("LEFT");
		assertThat(row.get("ended_on")).isNotNull();
	}

	@Test
	void theDemoCatalogueHasOpenWorkPackagesOneWeakOneDraftAndTarasInterest() {
		List<Map<String, Object>> packages = this.jdbc.sql("""
				select title, status, weak from work_package where title in ('Search relevance v2',
				  'Customer onboarding journey', 'Internal mentoring circle pilot', 'Regional expansion playbook')
				order by title""").query().listOfRows();
		long interest = count("""
				select count(*) from work_package_interest i join work_package w on w.id = i.work_package_id
				join account a on a.person_id = i.person_id
				where a.username = 'talent' and w.title = 'Customer onboarding journey'""");

		assertThat(packages).extracting((row) -> row.get("status"))
			.containsExactly("OPEN", "OPEN", "DRAFT", "OPEN");
		assertThat(packages).extracting((row) -> row.get("weak")).containsExactly(false, true, false, false);
		assertThat(interest).isEqualTo(1);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
