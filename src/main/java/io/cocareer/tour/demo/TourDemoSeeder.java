package io.cocareer.tour.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Actor;
import io.cocareer.shared.ActorHolder;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.Notice;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.TalentPool;
import io.cocareer.talent.TalentProfiles;
import io.cocareer.tour.TourNotices;
import io.cocareer.tour.TourService;
import io.cocareer.tour.agreement.AgreementService;
import io.cocareer.tour.agreement.MissionService;
import io.cocareer.tour.catalogue.WorkPackageService;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.internal.TourStateChangeRepository;
import io.cocareer.tour.lifecycle.TourLifecycleService;
import io.cocareer.tour.review.ClosingReviewService;
import io.cocareer.tour.support.TourWorkService;
import io.cocareer.tour.tracking.CheckInService;
import io.cocareer.tour.tracking.CoachingService;
import io.cocareer.tour.tracking.WinService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tours of duty of the demo: a living programme on first start, for the demo users and about
 * a dozen other talents across the units, with every date relative to today (see
 * {@link TourDemoScript} for the stories).
 * <p>
 * Every step goes through the module's own services, so states, signatures, the 100 % rule and
 * the audit log are what real use makes. Each step runs at its own moment: the services are built
 * here a second time around a clock the seeder sets before each step (a check-in of six weeks
 * ago is written six weeks ago, by its author, with the author signed in for the audit log).
 * Steps run in the order of their moments across all stories. At the end the daily jobs run once
 * for today, as they would have that morning: overdue items are escalated, check-ins due and
 * tours ending are announced. Only the notices of the last {@value #NOTICE_DAYS} days reach the
 * demo users' notifications: those of older steps were read and acted on long ago.
 * <p>
 * On by default with the demo; {@code cocareer.demo.tours=false} leaves the demo organisation
 * without tours (the tests that share the demo organisation as their fixture do).
 */
@Component
@ConditionalOnProperty(name = "cocareer.demo.tours", havingValue = "true", matchIfMissing = true)
class TourDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(TourDemoSeeder.class);

	/** Steps of this many days back and fewer publish their notices. */
	static final int NOTICE_DAYS = 14;

	private final Repositories repositories;

	private final PeopleDirectory people;

	private final TalentProfiles profiles;

	private final TalentPool pool;

	private final CompetencyCatalogue competencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TourWorkService work;

	private final CheckInService checkIns;

	private final CoachingService coaching;

	private final WinService wins;

	private final ClosingReviewService closing;

	private final MissionService missions;

	private final AgreementService agreements;

	private final WorkPackageService packages;

	private final EntityManager entityManager;

	TourDemoSeeder(Repositories repositories, PeopleDirectory people, TalentProfiles profiles,
			TalentPool pool, CompetencyCatalogue competencies,
			ApplicationEventPublisher events, Clock clock,
			TourWorkService work, CheckInService checkIns, CoachingService coaching, WinService wins,
			ClosingReviewService closing, MissionService missions, AgreementService agreements,
			WorkPackageService packages, EntityManager entityManager) {
		this.repositories = repositories;
		this.people = people;
		this.profiles = profiles;
		this.pool = pool;
		this.competencies = competencies;
		this.events = events;
		this.clock = clock;
		this.work = work;
		this.checkIns = checkIns;
		this.coaching = coaching;
		this.wins = wins;
		this.closing = closing;
		this.missions = missions;
		this.agreements = agreements;
		this.packages = packages;
		this.entityManager = entityManager;
	}

	/** After the organisation and the other modules' people data, before anything that reads tours. */
	@Override
	public int getOrder() {
		return 100;
	}

	@Override
	@Transactional
	public void seed(DemoOrganisation organisation) {
		StepClock stepClock = new StepClock(this.clock);
		StepEvents stepEvents = new StepEvents(this.events);
		LocalDate today = LocalDate.now(this.clock);
		TourDemoScript.Services services = services(stepClock, stepEvents);
		TourDemoScript script = new TourDemoScript(organisation, services, this.people, this.pool, this.competencies,
				today);
		List<TourDemoScript.Step> steps = new ArrayList<>(script.steps());
		steps.sort(Comparator.comparingInt(TourDemoScript.Step::day)
			.thenComparingInt(TourDemoScript.Step::hour)
			.thenComparingInt(TourDemoScript.Step::order));
		SecurityContext before = SecurityContextHolder.getContext();
		try {
			for (TourDemoScript.Step step : steps) {
				stepClock.set(moment(today, step));
				stepEvents.noticesOn(step.day() >= -NOTICE_DAYS);
				// what the daily start job did on the morning of the step: signed tours begin on their start date
				LocalDate stepDay = LocalDate.ofInstant(stepClock.instant(), this.clock.getZone());
				services.lifecycle().signedToursDue(stepDay).forEach((id) -> services.lifecycle().begin(id, stepDay));
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new DemoUser(step.actor()),
						null, List.of()));
				SecurityContextHolder.setContext(context);
				try {
					step.action().run();
					// each step as its own request would: written before the next one
					this.entityManager.flush();
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException("Demo step \"%s\" of %s (day %d) failed: %s".formatted(step.what(),
							step.actor().displayName(), step.day(), ex.getMessage()), ex);
				}
			}
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
		// this morning's jobs, by the system
		int escalated = this.work.escalateOverdue(today);
		int reminded = this.checkIns.remindDueCheckIns(today);
		log.info("Demo tours: {} tours of {} talents, {} steps; {} overdue items escalated, {} reminders",
				script.tourCount(), script.talentCount(), steps.size(), escalated, reminded);
	}

	/** The step's moment, never later than now (a step of today at 10:00 seeded at 08:00 happens now). */
	private Instant moment(LocalDate today, TourDemoScript.Step step) {
		Instant at = today.plusDays(step.day()).atTime(step.hour(), 0).atZone(this.clock.getZone()).toInstant();
		Instant now = this.clock.instant();
		return at.isAfter(now) ? now : at;
	}

	private TourDemoScript.Services services(Clock at, ApplicationEventPublisher events) {
		Repositories r = this.repositories;
		// the hand-off notices of the story land with the demo users, as they would have (StepEvents keeps
		// only the recent ones)
		TourNotices notices = new TourNotices(events);
		WorkPackageService packages = this.packages.on(at, events);
		TourService tours = new TourService(r.tours(), r.history(), packages, this.people, this.profiles, events,
				notices, at, r.guard());
		TourLifecycleService lifecycle = new TourLifecycleService(tours, r.tours(), r.history(), packages, this.people,
				events, notices, at, r.guard());
		MissionService missions = this.missions.on(tours, at, events, notices);
		AgreementService agreements = this.agreements.on(tours, missions, at, events, notices);
		CheckInService checkIns = this.checkIns.on(tours, at, events);
		CoachingService coaching = this.coaching.on(at, events);
		WinService wins = this.wins.on(tours, at, events);
		TourWorkService work = this.work.on(tours, at, events);
		ClosingReviewService closing = this.closing.on(tours, lifecycle, at, events, notices);
		return new TourDemoScript.Services(lifecycle, missions, agreements, checkIns, coaching, wins, work, closing,
				packages);
	}

	/** The repositories the services are built from, and the guard they share, as one bean. */
	@Component
	@ConditionalOnProperty(name = "cocareer.demo.tours", havingValue = "true", matchIfMissing = true)
	record Repositories(TourRepository tours, TourStateChangeRepository history, TourGuard guard) {

	}

	/** Who the audit log says did a step: the step's author. */
	private record DemoUser(Actor actor) implements ActorHolder {

	}

	/** Passes every event on, but the notices of old steps: nobody needs to be told of them today. */
	static final class StepEvents implements ApplicationEventPublisher {

		private final ApplicationEventPublisher events;

		private boolean notices = true;

		StepEvents(ApplicationEventPublisher events) {
			this.events = events;
		}

		void noticesOn(boolean on) {
			this.notices = on;
		}

		@Override
		public void publishEvent(Object event) {
			if (this.notices || !(event instanceof Notice)) {
				this.events.publishEvent(event);
			}
		}

	}

	/** A clock the seeder sets to each step's moment. */
	static final class StepClock extends Clock {

		private final ZoneId zone;

		private Instant now;

		StepClock(Clock real) {
			this.zone = real.getZone();
			this.now = real.instant();
		}

		void set(Instant at) {
			this.now = at;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
