package io.cocareer.tour.lifecycle.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.ControllerSlice;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Role;
import io.cocareer.support.SignedIn;
import io.cocareer.tour.TourNotFoundException;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.lifecycle.TourLifecycleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The tours API's own work, the lifecycle and the tour's reads mocked: what a request must hold
 * before the lifecycle sees it, and how its refusals read. {@code TourApiIntegrationTests} runs
 * the tour's journey through the same API for real.
 */
@WebMvcTest(TourApiController.class)
@ControllerSlice
class TourApiControllerTests {

	private static final Actor MANAGER = SignedIn.actor(Role.MANAGER);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private TourLifecycleService lifecycle;

	// the reads are the parent's TourService, which @ControllerSlice already mocks for the tours' navigation
	@Autowired
	private TourService tours;

	@Test
	void aProposalWithoutATalentAndTooLargeAShareNamesBothAndReachesNoLifecycle() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/tours")
			.with(SignedIn.as(MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Data platform\",\"timeShare\":150,\"checkInCadenceDays\":3}")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("talentId", "timeShare", "checkInCadenceDays");
		verifyNoInteractions(this.lifecycle);
	}

	@Test
	void anEarlyEndWithoutItsReasonNamesThisRequestsReasonField() {
		UUID id = UUID.randomUUID();
		willThrow(new InvalidInput("earlyEndReason", "tour.closing.earlyReasonRequired", "Say why it ends early"))
			.given(this.lifecycle)
			.move(any(Actor.class), eq(id), eq(TourState.IN_CLOSING_REVIEW), any(), eq(3L));

		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/tours/{id}/state", id)
			.with(SignedIn.as(MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"state\":\"IN_CLOSING_REVIEW\",\"version\":3}")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("tour.closing.earlyReasonRequired");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
	}

	@Test
	void aMoveWithoutTheVersionReadIsRefusedAndAnIllegalMoveIsAConflict() {
		UUID id = UUID.randomUUID();
		willThrow(new BusinessRuleViolation("tour.move.notAllowed", "Not from here")).given(this.lifecycle)
			.move(any(Actor.class), eq(id), eq(TourState.ENDED_EARLY), any(), eq(0L));

		MvcTestResult noVersion = this.mvc.post()
			.uri("/api/v1/tours/{id}/state", id)
			.with(SignedIn.as(MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"state\":\"ENDED_EARLY\",\"reason\":\"Reorganisation\"}")
			.exchange();
		MvcTestResult illegal = this.mvc.post()
			.uri("/api/v1/tours/{id}/state", id)
			.with(SignedIn.as(MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"state\":\"ENDED_EARLY\",\"reason\":\"Reorganisation\",\"version\":0}")
			.exchange();

		assertThat(noVersion).hasStatus(400);
		assertThat(illegal).hasStatus(409);
		assertThat(illegal).bodyJson().extractingPath("$.code").isEqualTo("tour.move.notAllowed");
	}

	@Test
	void aTourTheCallerIsNotPartOfIsNotFound() {
		UUID id = UUID.randomUUID();
		given(this.tours.get(any(Actor.class), eq(id))).willThrow(new TourNotFoundException(id));

		MvcTestResult result = this.mvc.get().uri("/api/v1/tours/{id}", id).with(SignedIn.as(MANAGER)).exchange();

		assertThat(result).hasStatus(404);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("tour.notFound");
	}

}
