package io.cocareer.people.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.ControllerSlice;
import io.cocareer.shared.Role;
import io.cocareer.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The person form's own work, without the database: what is wrong is said next to its field, all
 * at once, whether the form found it or the service's rules did; a lost race is said above the
 * form; a saved person leads to their page. {@code PersonPagesBrowserTests} walks it for real.
 */
@WebMvcTest(PersonFormController.class)
@ControllerSlice
@Import(PersonPicker.class)
class PersonFormControllerTests {

	private static final Actor LEAD = SignedIn.actor(Role.TALENT_LEAD);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PeopleService people;

	@MockitoBean
	private PeopleDirectory directory;

	@Test
	void anEmptyFormIsShownAgainWithAnErrorNextToEveryRequiredField() throws Exception {
		given(this.people.units(any(Actor.class))).willReturn(List.of());

		MvcTestResult result = this.mvc.post().uri("/people/new").with(SignedIn.as(LEAD)).exchange();

		assertThat(result).hasStatusOk().hasViewName("people/form");
		assertThat(result).model()
			.extractingBindingResult("form")
			.hasFieldErrors("employeeId", "firstName", "lastName", "email", "hireDate");
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select(".invalid-feedback").eachText()).hasSizeGreaterThanOrEqualTo(5)
			.allSatisfy((text) -> assertThat(text).isNotBlank());
		verify(this.people, never()).create(any(), any());
	}

	@Test
	void aRuleTheServiceEnforcesLandsNextToItsFieldAndAnUnknownManagerNextToTheManager() {
		given(this.people.units(any(Actor.class))).willReturn(List.of());
		given(this.directory.personIdOf("NOBODY")).willReturn(Optional.empty());
		given(this.people.create(any(Actor.class), any()))
			.willThrow(new BusinessRuleViolation("people.rule.duplicateEmail", "Email taken"));

		MvcTestResult unknownManager = this.mvc.post()
			.uri("/people/new")
			.with(SignedIn.as(LEAD))
			.param("employeeId", "E100")
			.param("firstName", "Ada")
			.param("lastName", "Rossi")
			.param("email", "ada@example.com")
			.param("hireDate", "2020-01-01")
			.param("managerEmployeeId", "NOBODY")
			.exchange();
		MvcTestResult duplicate = this.mvc.post()
			.uri("/people/new")
			.with(SignedIn.as(LEAD))
			.param("employeeId", "E100")
			.param("firstName", "Ada")
			.param("lastName", "Rossi")
			.param("email", "ada@example.com")
			.param("hireDate", "2020-01-01")
			.exchange();

		assertThat(unknownManager).model().extractingBindingResult("form").hasFieldErrorCode("managerEmployeeId",
				"people.rule.unknownManager");
		assertThat(duplicate).model().extractingBindingResult("form").hasFieldErrorCode("email",
				"people.rule.duplicateEmail");
	}

	@Test
	void someoneElsesChangeInTheMeantimeIsSaidAboveTheFormAndWhatWasTypedIsKept() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.people.units(any(Actor.class))).willReturn(List.of());
		willThrow(new OptimisticLockingFailureException("stale")).given(this.people)
			.update(any(Actor.class), eq(id), any(), anyLong());

		MvcTestResult result = this.mvc.post()
			.uri("/people/{id}/edit", id)
			.with(SignedIn.as(LEAD))
			.param("employeeId", "E100")
			.param("firstName", "Ada")
			.param("lastName", "Rossi-Bianchi")
			.param("email", "ada@example.com")
			.param("hireDate", "2020-01-01")
			.param("version", "4")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("people/form");
		assertThat(result).model().extractingBindingResult("form").hasErrorsCount(1);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("input[name=lastName]").val()).isEqualTo("Rossi-Bianchi");
		assertThat(page.text()).contains("changed");
	}

	@Test
	void aSavedPersonLeadsToTheirPageWithTheNewsAboveIt() {
		UUID id = UUID.randomUUID();
		given(this.people.create(any(Actor.class), any())).willReturn(id);

		MvcTestResult result = this.mvc.post()
			.uri("/people/new")
			.with(SignedIn.as(LEAD))
			.param("employeeId", "E100")
			.param("firstName", "Ada")
			.param("lastName", "Rossi")
			.param("email", "ada@example.com")
			.param("hireDate", "2020-01-01")
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/people/" + id);
		assertThat(result).flash().containsEntry("message", "people.created");
	}

}
