package io.cocareer.alumni.directory.demo;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.directory.AlumniDirectory;
import io.cocareer.alumni.directory.DirectoryPeople;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.PersonId;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's demo fills in the empty profiles of the alumni there are (most listed) and logs
 * interactions that lift them out of "connected"; alumni who already wrote a profile are left as
 * they are. Tried on alumni of its own (the exits' demo makes the real ones).
 */
@IntegrationTest
class DirectoryDemoSeederIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	DirectoryDemoSeeder seeder;

	@Autowired
	AlumniDirectory directory;

	@Autowired
	AlumniRegister register;

	@Test
	void theDemoGivesTheAlumniProfilesAndInteractionsAcrossTiers() {
		DirectoryPeople d = new DirectoryPeople(this.port, this.people, this.accounts, this.events, this.transactions,
				this.jdbc, this.clock);
		List<DirectoryPeople.Member> alumni = List.of(d.alumnus(), d.alumnus(), d.alumnus(), d.alumnus(), d.alumnus(),
				d.alumnus(), d.alumnus(false));
		DemoOrganisation demo = new DemoOrganisation(PeopleTestActors.HR, PeopleTestActors.HR, PeopleTestActors.HR);

		this.seeder.seed(demo);

		long withEmployer = alumni.stream()
			.filter((a) -> this.directory.myProfile(a.actor()).employer() != null)
			.count();
		assertThat(withEmployer).isEqualTo(alumni.size());
		assertThat(alumni.stream().filter((a) -> Boolean.TRUE.equals(this.directory.myProfile(a.actor()).listed())))
			.as("most are listed").hasSizeGreaterThan(alumni.size() / 2);
		assertThat(alumni.stream()
			.map((a) -> this.register.record(PersonId.of(a.personId())).orElseThrow().tier())
			.distinct()
			.toList()).as("the demo's interactions place alumni in several tiers")
			.contains(AlumniTier.ENGAGED, AlumniTier.ELIGIBLE);

		// a second run changes nothing it already filled in
		String before = this.directory.myProfile(alumni.get(0).actor()).employer();
		this.seeder.seed(demo);
		assertThat(this.directory.myProfile(alumni.get(0).actor()).employer()).isEqualTo(before);
	}

}
