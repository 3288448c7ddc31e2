package io.cocareer.tour.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.ActedBy;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.TourId;
import io.cocareer.tour.GoodExitSummary;
import io.cocareer.tour.GoodExits;
import io.cocareer.tour.Participation;
import io.cocareer.tour.TourEndedInGoodExit;
import io.cocareer.tour.TourNotices;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.catalogue.PackageProfile;
import io.cocareer.tour.catalogue.WorkPackageService;
import io.cocareer.tour.catalogue.WorkPackageStatus;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.lifecycle.TourLifecycleService;
import io.cocareer.tour.review.internal.ClosingReview;
import io.cocareer.tour.review.internal.ClosingReviewRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closing review of a tour (step 9). Rules, for the UI and the API alike:
 * <ul>
 * <li>the talent, their manager and the talent lead see it; for anyone else the tour does not exist;</li>
 * <li>the manager or the talent lead starts it on an active tour; before the tour's end date that
 * is an early end, with a reason everyone involved reads;</li>
 * <li>the talent writes their section (results, what they gained), the manager or lead the
 * company's (results, next step with a note); each only their own;</li>
 * <li>the manager or lead completes it once both sections hold what it needs, which completes the
 * tour; a good exit publishes {@link TourEndedInGoodExit}. A completed review is final.</li>
 * </ul>
 */
@Service
@Transactional
public class ClosingReviewService implements GoodExits {

	private final TourService tourService;

	private final TourLifecycleService lifecycle;

	private final ClosingReviewRepository reviews;

	private final ApplicationEventPublisher events;

	private final TourNotices notices;

	private final Clock clock;

	private final TourGuard guard;

	private final WorkPackageService packages;

	private final PeopleDirectory people;

	ClosingReviewService(TourService tourService, TourLifecycleService lifecycle, ClosingReviewRepository reviews,
			ApplicationEventPublisher events, TourNotices notices, Clock clock, TourGuard guard,
			WorkPackageService packages, PeopleDirectory people) {
		this.guard = guard;
		this.people = people;
		this.packages = packages;
		this.tourService = tourService;
		this.lifecycle = lifecycle;
		this.reviews = reviews;
		this.events = events;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * This service once more, on another clock, publisher and notices and beside the given tour
	 * services: for the demo, which plays each step of its story at its own moment.
	 */
	public ClosingReviewService on(TourService tourService, TourLifecycleService lifecycle, Clock clock,
			ApplicationEventPublisher events, TourNotices notices) {
		return new ClosingReviewService(tourService, lifecycle, this.reviews, events, notices, clock, this.guard,
				this.packages, this.people);
	}

	/**
	 * Where "propose the next tour" leads after a closing review that chose a new tour: Propose a
	 * tour for the same talent, from the same work package while it is still open.
	 */
	public record NextTour(UUID talentId, UUID packageId) {

		public String href() {
			return "/tours/new?talentId=" + this.talentId + ((this.packageId != null) ? "&packageId=" + this.packageId : "");
		}

	}

	/** The next tour to propose, if the tour's completed closing review chose one and the reader may propose it. */
	@Transactional(readOnly = true)
	public Optional<NextTour> nextTour(Actor reader, UUID tourId) {
		Tour tour = this.guard.participantTour(reader, tourId);
		if (tour.state() != TourState.COMPLETED || !this.tourService.mayPropose(reader, tour.talentId())) {
			return Optional.empty();
		}
		return this.reviews.findById(tourId)
			.filter((review) -> review.completed() && review.nextStep() == NextStep.NEW_TOUR)
			.map((review) -> new NextTour(tour.talentId(), Optional.ofNullable(tour.workPackageId())
				.flatMap(this.packages::profile)
				.filter((pkg) -> pkg.status() == WorkPackageStatus.OPEN)
				.map(PackageProfile::id)
				.orElse(null)));
	}

	/**
	 * A trusted read, without an actor, for {@code alumni.exit} alone: what the closing review of a
	 * tour that ended in a good exit said, to start the talent's exit protocol with. Empty unless the
	 * review is completed with a good exit. Listed in ArchitectureTests' trusted private reads.
	 */
	@Override
	@Transactional(readOnly = true)
	public Optional<GoodExitSummary> goodExitSummary(TourId tourId) {
		return this.reviews.findById(tourId.value())
			.filter((review) -> review.completed() && review.goodExitOn() != null)
			.map((review) -> new GoodExitSummary(tourId, review.goodExitOn(), review.talentResults(),
					review.companyResults(), review.gainedSkills(), review.nextStepNote()));
	}

	@Transactional(readOnly = true)
	public ClosingReviewView get(Actor actor, TourId tourId) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		Participation viewer = this.guard.participation(actor, tour).orElseThrow();
		ClosingReview review = this.reviews.findById(tourId.value()).orElseGet(() -> ClosingReview.of(tourId.value()));
		boolean open = tour.state() == TourState.IN_CLOSING_REVIEW && !review.completed();
		List<String> missing = review.missing();
		PersonNames names = this.people
			.names(Arrays.asList(review.talentByPersonId(), review.companyByPersonId(), review.completedByPersonId()));
		return new ClosingReviewView(tourId.value(), tour.state(), tour.endOn(), tour.closingStartedOn(),
				tour.earlyEndReason(), tour.state() == TourState.ACTIVE && tour.closingWouldBeEarly(this.tourService.today()),
				review.talentResults(), review.gainedSkills(),
				review.gainedKnowledge(), review.gainedNetwork(), review.gainedReputation(),
				names.of(PersonId.ofNullable(review.talentByPersonId()), review.talentByName()),
				review.talentAt(), review.talentVersion(), review.companyResults(), review.nextStep(),
				review.nextStepNote(),
				names.of(PersonId.ofNullable(review.companyByPersonId()), review.companyByName()), review.companyAt(), review.companyVersion(),
				review.completedOn(),
				names.of(PersonId.ofNullable(review.completedByPersonId()), review.completedByName()), review.goodExitOn(), missing,
				tour.state() == TourState.ACTIVE && viewer.forOrganisation(), open && viewer == Participation.TALENT,
				open && viewer.forOrganisation(), open && viewer.forOrganisation() && missing.isEmpty());
	}

	/**
	 * Starts the closing review of an active tour: the manager or the talent lead. Before the
	 * tour's end date it is an early end, refused without a reason.
	 */
	public void start(Actor actor, TourId tourId, String earlyEndReason, Long expectedVersion) {
		this.lifecycle.move(actor, tourId.value(), TourState.IN_CLOSING_REVIEW, earlyEndReason, expectedVersion);
	}

	/** The talent's own section; only the talent writes it. */
	public void reflect(Actor actor, TourId tourId, TalentReflection reflection, int expectedVersion) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		if (this.guard.participation(actor, tour).orElseThrow() != Participation.TALENT) {
			throw new PermissionDenied("tour.closing.denied.talentSection", "Only the talent writes their reflection");
		}
		ClosingReview review = openReview(tour);
		if (review.talentVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("The talent's section of %s changed".formatted(tourId.value()));
		}
		review.reflect(reflection.results(), reflection.gainedSkills(), reflection.gainedKnowledge(),
				reflection.gainedNetwork(), reflection.gainedReputation(), ActedBy.of(actor), this.clock.instant());
		this.reviews.saveAndFlush(review);
		this.events.publishEvent(AuditEvent.career("tour.closing.reflected", "tour", tourId.value(),
				AuditEvent.text(tour.title())));
		this.notices.closingSectionWritten(tour, Participation.TALENT);
	}

	/** The company's section: the manager or the talent lead. */
	public void assess(Actor actor, TourId tourId, CompanyAssessment assessment, int expectedVersion) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		requireOrganisation(actor, tour);
		ClosingReview review = openReview(tour);
		if (review.companyVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("The company's section of %s changed".formatted(tourId.value()));
		}
		review.assess(assessment.results(), assessment.nextStep(), assessment.nextStepNote(), ActedBy.of(actor),
				this.clock.instant());
		this.reviews.saveAndFlush(review);
		this.events.publishEvent(AuditEvent.career("tour.closing.assessed", "tour", tourId.value(),
				AuditEvent.text(tour.title())));
		this.notices.closingSectionWritten(tour, Participation.MANAGER);
	}

	/**
	 * Completes the review and with it the tour; refused on the first missing field. A good exit
	 * is recorded with the day and published for the alumni capability.
	 */
	public void complete(Actor actor, TourId tourId) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		requireOrganisation(actor, tour);
		ClosingReview review = openReview(tour);
		review.complete(this.tourService.today(), ActedBy.of(actor));
		this.reviews.save(review);
		Instant now = this.clock.instant();
		TourState from = tour.complete(now);
		this.tourService.recordMove(tour, from, "closing review: " + review.nextStep().name(), actor);
		this.events.publishEvent(AuditEvent.career("tour.closing.completed", "tour", tourId.value(),
				AuditEvent.text(tour.title()), AuditEvent.term("audit.nextStep." + review.nextStep())));
		if (review.nextStep() == NextStep.GOOD_EXIT) {
			this.events.publishEvent(new TourEndedInGoodExit(tourId, PersonId.of(tour.talentId()), review.goodExitOn()));
		}
	}

	private ClosingReview openReview(Tour tour) {
		if (tour.state() != TourState.IN_CLOSING_REVIEW) {
			throw new BusinessRuleViolation("tour.closing.notInReview",
					"The closing review is written while the tour is in closing review; this one is %s"
						.formatted(tour.state().label()),
					tour.state().label());
		}
		return this.reviews.findById(tour.id()).orElseGet(() -> ClosingReview.of(tour.id()));
	}

	private void requireOrganisation(Actor actor, Tour tour) {
		if (!this.guard.participation(actor, tour).orElseThrow().forOrganisation()) {
			throw new PermissionDenied("tour.closing.denied.companySection",
					"The manager or the talent lead writes the company's view and completes the review");
		}
	}

}
