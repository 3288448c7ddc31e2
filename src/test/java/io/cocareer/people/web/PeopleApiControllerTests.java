package io.cocareer.people.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonNotFoundException;
import io.cocareer.shared.Actor;
import io.cocareer.shared.ControllerSlice;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The people API's own work, without the database: binding and validation of what is sent, and
 * how the service's refusals reach the client as problem+json. The rules themselves are the
 * service's; {@code PeopleApiIntegrationTests} drives them end to end.
 */
@WebMvcTest(PeopleApiController.class)
@ControllerSlice
class PeopleApiControllerTests {

	private static final Actor LEAD = SignedIn.actor(Role.TALENT_LEAD);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PeopleService people;

	@Test
	void aPersonWithSeveralBadFieldsIsRefusedWithEveryFieldNamedAndNothingStored() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/people")
			.with(SignedIn.as(LEAD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"employeeId":" bad id","firstName":"","lastName":"Rossi","email":"not-an-email",
					 "hireDate":"2999-01-01"}""")
			.exchange();

		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("shared.validation.failed");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("employeeId", "firstName", "email", "hireDate");
		verifyNoInteractions(this.people);
	}

	@Test
	void anUnknownPersonIsA404ProblemWithItsStableCode() {
		UUID id = UUID.randomUUID();
		given(this.people.profile(any(Actor.class), eq(id))).willThrow(new PersonNotFoundException(id));

		MvcTestResult result = this.mvc.get().uri("/api/v1/people/{id}", id).with(SignedIn.as(LEAD)).exchange();

		assertThat(result).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("people.notFound");
	}

	@Test
	void aRefusalOfTheServiceIsA403ProblemAndAStaleVersionA409() {
		UUID id = UUID.randomUUID();
		willThrow(new PermissionDenied("people.denied.manage", "You may not manage people")).given(this.people)
			.recordLeaving(any(Actor.class), eq(id), any(), any());
		willThrow(new OptimisticLockingFailureException("stale")).given(this.people)
			.update(any(Actor.class), eq(id), any(), anyLong());

		MvcTestResult denied = this.mvc.post()
			.uri("/api/v1/people/{id}/leaving", id)
			.with(SignedIn.as(Role.MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leftOn\":\"2026-11-30\",\"reason\":\"Moved abroad\"}")
			.exchange();
		MvcTestResult stale = this.mvc.put()
			.uri("/api/v1/people/{id}", id)
			.with(SignedIn.as(LEAD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"employeeId":"E1","firstName":"Ada","lastName":"Rossi","email":"ada@example.com",
					 "hireDate":"2020-01-01","version":3}""")
			.exchange();

		assertThat(denied).hasStatus(403);
		assertThat(denied).bodyJson().extractingPath("$.code").isEqualTo("people.denied.manage");
		assertThat(stale).hasStatus(409);
		assertThat(stale).bodyJson().extractingPath("$.code").isEqualTo("shared.conflict.stale");
	}

	@Test
	void theDirectoryPassesTheQueryAndPageToTheServiceAndListsWhatItFound() {
		given(this.people.search(any(Actor.class), eq("ros"), isNull(), eq(Paging.of(2, 10))))
			.willReturn(new PageResult<>(List.of(), 2, 10, 21));

		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/people?q=ros&page=2&size=10")
			.with(SignedIn.as(LEAD))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(21);
		assertThat(result).bodyJson().extractingPath("$.page").isEqualTo(2);
	}

	@Test
	void nobodySignedInGetsNoPeople() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/people").exchange();

		assertThat(result.getResponse().getStatus()).isIn(401, 403);
		verifyNoInteractions(this.people);
	}

}
