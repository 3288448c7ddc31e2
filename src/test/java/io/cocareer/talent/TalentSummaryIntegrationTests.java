package io.cocareer.talent;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.people.PeopleService;
import io.cocareer.support.IntegrationTest;
import io.cocareer.talent.pool.PoolSummary;
import io.cocareer.talent.pool.TalentPoolService;
import io.cocareer.talent.profile.TalentProfileService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The reads that home pages use. */
@IntegrationTest
class TalentSummaryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TalentPoolService talents;

	@Autowired
	TalentProfileService profiles;

	@Autowired
	PeopleService people;

	@Test
	void poolSummaryCountsTalentsByReasonAndByNineBoxCell() {
		PoolSummary summary = this.talents.poolSummary();

		assertThat(summary.activeTalents()).isGreaterThanOrEqualTo(20);
		assertThat(summary.byReason().values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(summary.activeTalents());
		assertThat(summary.nineBoxCounts()).hasSize(9);
		assertThat(summary.nineBoxCounts().values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(summary.activeTalents());
	}

	@Test
	void talentIdsAmongPicksTheActiveTalents() {
		UUID tara = TalentTestPeople.personOf(this.port, "talent");
		UUID marco = TalentTestPeople.personOf(this.port, "manager");

		assertThat(this.talents.talentIdsAmong(List.of(tara, marco))).contains(tara).doesNotContain(marco);
	}

	@Test
	void aFullDemoProfileIsComplete() {
		UUID tara = TalentTestPeople.personOf(this.port, "talent");

		assertThat(this.profiles.profileCompleteness(tara)).isEqualTo(100);
		assertThat(this.profiles.profileCompleteness(TalentTestPeople.newPerson(this.people, null))).isZero();
	}

}
