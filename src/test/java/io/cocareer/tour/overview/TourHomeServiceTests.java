package io.cocareer.tour.overview;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.tour.TourService;
import io.cocareer.tour.agreement.AgreementService;
import io.cocareer.tour.agreement.MissionService;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.support.TourWorkService;
import io.cocareer.tour.tracking.CheckInService;
import io.cocareer.tour.tracking.WinService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The homes without any tour (the integration tests run on the shared demo data, where the talent
 * lead always has some): nothing waits, and only the talent lead is asked about the programme.
 */
class TourHomeServiceTests {

	private final TourRepository tours = mock(TourRepository.class);

	private final CheckInService checkIns = mock(CheckInService.class);

	private final TourService tourService = mock(TourService.class);

	private final TourHomeService home = new TourHomeService(this.tourService, this.tours,
			mock(AgreementService.class), mock(MissionService.class), this.checkIns, mock(TourWorkService.class),
			mock(WinService.class), 30, mock(TourGuard.class), mock(PeopleDirectory.class));

	@Test
	void withoutToursNothingWaitsForTheTalentLead() {
		Actor lead = actor(Role.TALENT_LEAD);
		when(this.tours.findByStateInOrderByEndOnAsc(any())).thenReturn(List.of());
		when(this.checkIns.atRiskTours(lead)).thenReturn(List.of());
		when(this.tourService.summaries(any())).thenReturn(List.of());
		when(this.tourService.today()).thenReturn(java.time.LocalDate.now());

		assertThat(this.home.waitingForLead(lead)).isEmpty();
	}

	@Test
	void aManagerWhoIsNotTheTalentLeadIsNotShownTheProgramme() {
		assertThat(this.home.waitingForLead(actor(Role.MANAGER))).isEmpty();
		verifyNoInteractions(this.tours, this.checkIns);
	}

	@Test
	void withoutToursNothingWaitsForTheManagerAndTheTalentHasNone() {
		Actor manager = actor(Role.MANAGER);
		when(this.tours.findByManagerIdAndStateInOrderByEndOnAsc(any(), any())).thenReturn(List.of());
		when(this.tours.findByTalentIdOrderByStartOnDescIdAsc(any())).thenReturn(List.of());
		when(this.tourService.summaries(any())).thenReturn(List.of());
		when(this.tourService.today()).thenReturn(java.time.LocalDate.now());

		assertThat(this.home.waitingForManager(manager)).isEmpty();
		assertThat(this.home.toursOf(actor(Role.TALENT), UUID.randomUUID()).isEmpty()).isTrue();
	}

	private static Actor actor(Role role) {
		return new Actor(AccountId.of(UUID.randomUUID()), "someone", PersonId.of(UUID.randomUUID()), "Someone", Set.of(role));
	}

}
