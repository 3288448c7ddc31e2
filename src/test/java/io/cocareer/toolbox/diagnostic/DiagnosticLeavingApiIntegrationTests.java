package io.cocareer.toolbox.diagnostic;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.API;
import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.answer;
import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.answers;
import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Respondents leaving and erased, over the API: a leaver who has not answered an open diagnostic is
 * no longer asked (and no longer asked to answer), answers given stay and count; a closed diagnostic
 * does not change. On erasure an open diagnostic loses their answers, a closed one keeps them as
 * nobody's numbers and shows the very same result. Each test hires its own people.
 */
@IntegrationTest
class DiagnosticLeavingApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLeaverWhoHasNotAnsweredIsNoLongerAskedAndAnswersGivenStayAndCount() {
		DiagnosticPeople staff = new DiagnosticPeople(this.port, this.people, this.accounts);
		DiagnosticPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		List<DiagnosticPeople.Member> staying = staff.talents(4);
		DiagnosticPeople.Member answered = staff.hire(null, Role.TALENT);
		// an alumnus keeps their account when they leave, and with it the request to answer
		DiagnosticPeople.Member silent = staff.hire(null, Role.TALENT, Role.ALUMNUS);
		List<DiagnosticPeople.Member> everyone = new ArrayList<>(staying);
		everyone.add(answered);
		everyone.add(silent);
		String open = create(lead.api(), "ORGANISATION", null, everyone);
		String closed = create(lead.api(), "ORGANISATION", null, everyone);
		for (DiagnosticPeople.Member member : staying) {
			answer(member, open, answers(4, 4, 3, 2, 5));
			answer(member, closed, answers(4, 4, 3, 2, 5));
		}
		answer(answered, open, answers(2, 2, 2, 2, 2));
		answer(answered, closed, answers(2, 2, 2, 2, 2));
		assertThat(lead.api().post(API + "/" + closed + "/close", "{}").status()).isEqualTo(200);
		assertThat(openRequestsToAnswer(silent.personId(), open)).isEqualTo(1);

		for (DiagnosticPeople.Member leaver : List.of(answered, silent)) {
			this.people.recordLeaving(PeopleTestActors.HR, leaver.personId(), LocalDate.now(), "Moved on");
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> lead.api().get(API + "/" + open).json().path("respondentCount").asInt() == 5);

		JsonNode stillOpen = lead.api().get(API + "/" + open).json();
		assertThat(stillOpen.path("responseCount").asInt()).isEqualTo(5);
		assertThat(stillOpen.path("respondents").toString()).doesNotContain(silent.personId().toString());
		assertThat(respondent(stillOpen, answered.personId()).path("answered").asBoolean())
			.as("their answers stay").isTrue();
		assertThat(openRequestsToAnswer(silent.personId(), open)).as("the invitation is withdrawn").isZero();
		JsonNode unchanged = lead.api().get(API + "/" + closed).json();
		assertThat(unchanged.path("respondentCount").asInt()).as("a closed diagnostic does not change").isEqualTo(6);
		assertThat(unchanged.path("respondents").toString()).contains(silent.personId().toString());

		assertThat(lead.api().post(API + "/" + open + "/close", "{}").status()).isEqualTo(200);
		JsonNode result = lead.api().get(API + "/" + open).json();
		assertThat(result.path("resultState").asString()).as("the leaver's answers count among the five")
			.isEqualTo("SHOWN");
		assertThat(result.path("result").path("responseCount").asInt()).isEqualTo(5);
		assertThat(result.path("result").toString()).as("the same answers, the same result")
			.isEqualTo(unchanged.path("result").toString());
	}

	@Test
	void erasureDeletesTheAnswersToAnOpenDiagnosticAndKeepsAClosedOnesResultWithNobodysNumbers() {
		DiagnosticPeople staff = new DiagnosticPeople(this.port, this.people, this.accounts);
		DiagnosticPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		List<DiagnosticPeople.Member> respondents = staff.talents(6);
		DiagnosticPeople.Member erased = respondents.get(0);
		String open = create(lead.api(), "ORGANISATION", null, respondents);
		String closed = create(lead.api(), "ORGANISATION", null, respondents);
		for (DiagnosticPeople.Member respondent : respondents) {
			int score = (respondent == erased) ? 1 : 4;
			answer(respondent, open, answers(score, 4, 4, 4, 4));
			answer(respondent, closed, answers(score, 4, 4, 4, 4));
		}
		lead.api().post(API + "/" + closed + "/close", "{}");
		String resultBefore = lead.api().get(API + "/" + closed).json().path("result").toString();

		this.people.recordLeaving(PeopleTestActors.HR, erased.personId(), LocalDate.now(), "Moving abroad");
		this.people.erase(PeopleTestActors.HR, erased.personId());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.jdbc.sql("""
					select count(*) from event_publication where completion_date is null
					and listener_id like '%DiagnosticPeopleLeave%' and serialized_event like :id""")
				.param("id", "%" + erased.personId() + "%")
				.query(Long.class)
				.single()).as("both reactions are done, side by side").isZero();
			assertThat(count("select count(*) from toolbox_diagnostic_respondent where person_id = ?", erased.personId()))
				.isZero();
			assertThat(count("select count(*) from toolbox_diagnostic_response where respondent_id = ?",
					erased.personId())).isZero();
		});

		JsonNode stillOpen = lead.api().get(API + "/" + open).json();
		assertThat(stillOpen.path("responseCount").asInt()).as("their answers go from an open one").isEqualTo(5);
		assertThat(stillOpen.path("respondentCount").asInt()).isEqualTo(5);
		assertThat(count("select count(*) from toolbox_diagnostic_response where diagnostic_id = ?",
				UUID.fromString(open))).isEqualTo(5);

		JsonNode frozen = lead.api().get(API + "/" + closed).json();
		assertThat(frozen.path("result").toString()).as("a closed result stays what it was").isEqualTo(resultBefore);
		assertThat(frozen.path("responseCount").asInt()).isEqualTo(6);
		assertThat(frozen.path("respondentCount").asInt()).isEqualTo(6);
		assertThat(frozen.path("respondents").toString()).doesNotContain(erased.personId().toString(), erased.name());
		JsonNode nobody = null;
		for (JsonNode respondent : frozen.path("respondents")) {
			if (respondent.path("personId").isNull()) {
				nobody = respondent;
			}
		}
		assertThat(nobody).as("the kept answers are a former colleague's").isNotNull();
		assertThat(nobody.path("name").asString()).isEqualTo("Former colleague");
		assertThat(nobody.path("answered").asBoolean()).isTrue();
		assertThat(this.jdbc.sql("""
				select count(*) from toolbox_diagnostic_response r join toolbox_diagnostic d on d.id = r.diagnostic_id
				where d.id = ? and r.respondent_id is null and r.answered_at = d.created_at""")
			.param(UUID.fromString(closed))
			.query(Long.class)
			.single()).as("no person id, and no time of their own").isEqualTo(1);
	}

	private long openRequestsToAnswer(UUID personId, String diagnosticId) {
		return this.jdbc.sql("""
				select count(*) from notification n join account a on a.id = n.account_id
				where a.person_id = ? and n.action_key = ? and n.done_at is null""")
			.param(personId)
			.param("toolbox.diagnostic.answer." + diagnosticId)
			.query(Long.class)
			.single();
	}

	private long count(String sql, UUID param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
	}

	private static JsonNode respondent(JsonNode diagnostic, UUID personId) {
		for (JsonNode r : diagnostic.path("respondents")) {
			if (r.path("personId").asString().equals(personId.toString())) {
				return r;
			}
		}
		throw new AssertionError("no respondent " + personId);
	}

}
