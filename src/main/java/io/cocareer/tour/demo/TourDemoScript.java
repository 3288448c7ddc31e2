package io.cocareer.tour.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.CompetencyView;
import io.cocareer.talent.PoolFilter;
import io.cocareer.talent.TalentPool;
import io.cocareer.tour.Impact;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourType;
import io.cocareer.tour.agreement.AgreementService;
import io.cocareer.tour.agreement.AgreementTerms;
import io.cocareer.tour.agreement.MissionService;
import io.cocareer.tour.agreement.MissionText;
import io.cocareer.tour.catalogue.Quality;
import io.cocareer.tour.catalogue.QualityRating;
import io.cocareer.tour.catalogue.RequiredCompetency;
import io.cocareer.tour.catalogue.WorkPackageService;
import io.cocareer.tour.catalogue.WorkPackageStatus;
import io.cocareer.tour.catalogue.WorkPackageTerms;
import io.cocareer.tour.lifecycle.TourLifecycleService;
import io.cocareer.tour.lifecycle.TourPlan;
import io.cocareer.tour.review.ClosingReviewService;
import io.cocareer.tour.review.CompanyAssessment;
import io.cocareer.tour.review.NextStep;
import io.cocareer.tour.review.TalentReflection;
import io.cocareer.tour.support.TourWorkService;
import io.cocareer.tour.support.WorkItemDraft;
import io.cocareer.tour.support.WorkItemKind;
import io.cocareer.tour.support.WorkItemStatus;
import io.cocareer.tour.support.WorkItemView;
import io.cocareer.tour.tracking.CheckInRequest;
import io.cocareer.tour.tracking.CheckInService;
import io.cocareer.tour.tracking.CheckInStatus;
import io.cocareer.tour.tracking.CheckInView;
import io.cocareer.tour.tracking.CoachingService;
import io.cocareer.tour.tracking.WinAudience;
import io.cocareer.tour.tracking.WinRequest;
import io.cocareer.tour.tracking.WinService;

/**
 * The stories of the demo's tours, as steps on days relative to today (day -30 is a month ago),
 * each by the person who would take it. For Tara (the demo talent, reporting to Marco, the demo
 * manager): a completed tour that ended in the plan for a new one, an active tour with check-ins,
 * coaching, resources, obstacles and wins, and her next tour, whose agreement she signed and
 * Marco has yet to. For Ivan, Marco's other talent: an active tour at risk with an overdue obstacle.
 * For ten other talents across the units: a proposal, a mission conversation, a signed tour about
 * to start, tours on track, off track and overdue for a check-in and ending soon, one in closing
 * review, one renewed, one ending in a good exit, one ended early. New work packages across the
 * units with interest from talents, next to the demo's own.
 * <p>
 * The talent lead and the demo users act with their accounts. Other people have none: they act
 * where no account is needed (signing, check-ins, wins, the closing review), and the talent lead
 * drafts their missions with them, as the programme's owner.
 */
final class TourDemoScript {

	/** The tour services the steps call, built around the seeder's clock. */
	record Services(TourLifecycleService lifecycle, MissionService missions, AgreementService agreements,
			CheckInService checkIns, CoachingService coaching, WinService wins, TourWorkService work,
			ClosingReviewService closing, WorkPackageService packages) {

	}

	/** One step: on a day (relative to today) at an hour, by someone. */
	record Step(int day, int hour, int order, Actor actor, String what, Runnable action) {

	}

	/** Someone of the demo as the steps act as them. */
	private record Member(PersonView person, Actor actor) {

		UUID id() {
			return this.person.id();
		}

		String employeeId() {
			return this.person.employeeId();
		}

	}

	/** An id a step learns when it runs, for the steps after it. */
	private static final class Ref {

		UUID id;

	}

	/** One tour as its steps build it. */
	private static final class Story {

		final Member talent;

		final Member manager;

		final Ref pkg;

		UUID tourId;

		int revisions;

		Story(Member talent, Member manager, Ref pkg) {
			this.talent = talent;
			this.manager = manager;
			this.pkg = pkg;
		}

	}

	private static final int CAST = 11;

	private final Services services;

	private final PeopleDirectory people;

	private final LocalDate today;

	private final Map<String, UUID> competencies = new LinkedHashMap<>();

	private final List<Step> steps = new ArrayList<>();

	private final Member lead;

	private final Member manager;

	private final Member tara;

	private int tours;

	private final Set<UUID> talentsWithTours = new java.util.HashSet<>();

	TourDemoScript(DemoOrganisation demo, Services services, PeopleDirectory people, TalentPool talents,
			CompetencyCatalogue competencies, LocalDate today) {
		this.services = services;
		this.people = people;
		this.today = today;
		competencies.competencies().forEach((c) -> this.competencies.put(c.name(), c.id()));
		this.lead = new Member(people.get(demo.lead().personId()), demo.lead());
		this.manager = new Member(people.get(demo.manager().personId()), demo.manager());
		this.tara = new Member(people.get(demo.talent().personId()), demo.talent());
		List<PersonView> cast = cast(demo, talents);
		Map<String, Ref> existing = new LinkedHashMap<>();
		services.packages().idsByTitle().forEach((title, id) -> {
			Ref ref = new Ref();
			ref.id = id;
			existing.put(title, ref);
		});
		Ref search = existing.get("Search relevance v2");
		Ref onboarding = existing.get("Customer onboarding journey");
		Ref mentoring = existing.get("Internal mentoring circle pilot");
		if (search == null || onboarding == null || mentoring == null) {
			throw new IllegalStateException("The demo's work packages are missing: " + existing.keySet());
		}

		taraCompletedTour();
		taraActiveTour(search);
		taraNextTour(onboarding);
		ivanAtRisk(cast.get(0));
		inConversation(cast.get(1));
		aboutToStart(cast.get(2));
		onTrack(cast.get(3));
		overdueAndEndingSoon(cast.get(4));
		inClosingReview(cast.get(5));
		renewed(cast.get(6));
		goodExit(cast.get(7));
		endedEarly(cast.get(8));
		proposed(cast.get(9));
		offTrack(cast.get(10));
		catalogue(cast, search, onboarding, mentoring);
	}

	List<Step> steps() {
		return List.copyOf(this.steps);
	}

	int tourCount() {
		return this.tours;
	}

	int talentCount() {
		return this.talentsWithTours.size();
	}

	// ---- the cast ----------------------------------------------------------------------------

	/**
	 * Talents of the pool other than Tara, for the stories: the demo manager's other reports
	 * first, then one unit after the other, so the stories spread across the organisation. Team
	 * managers and unit heads are left to manage and sponsor.
	 */
	private List<PersonView> cast(DemoOrganisation demo, TalentPool talents) {
		Map<String, List<PersonView>> byUnit = new TreeMap<>();
		List<PersonView> marcos = new ArrayList<>();
		// one person per name: two David Horvats in one overview would confuse a first visit
		Set<String> names = new java.util.HashSet<>(List.of(this.lead.person().fullName(),
				this.manager.person().fullName(), this.tara.person().fullName()));
		talents.pool(demo.lead(), PoolFilter.none(), Paging.of(0, Paging.MAX_SIZE))
			.items()
			.stream()
			.map((entry) -> this.people.get(PersonId.ofNullable(PersonId.valueOf(entry.personId()))))
			.filter((p) -> p.status() == PersonStatus.ACTIVE && p.managerId() != null)
			.filter((p) -> !p.id().equals(demo.talent().personId().value()) && !p.id().equals(demo.lead().personId().value())
					&& !p.id().equals(demo.manager().personId().value())
					&& !p.managerId().equals(demo.lead().personId().value()))
			.filter((p) -> !p.title().startsWith("Head of") && !p.title().equals("Team manager"))
			.sorted(Comparator.comparing(PersonView::employeeId))
			.filter((p) -> names.add(p.fullName()))
			.forEach((p) -> {
				if (p.managerId().equals(demo.manager().personId().value())) {
					marcos.add(p);
				}
				else {
					byUnit.computeIfAbsent(p.unitName(), (unit) -> new ArrayList<>()).add(p);
				}
			});
		List<PersonView> cast = new ArrayList<>(marcos);
		for (int round = 0; cast.size() < CAST; round++) {
			boolean any = false;
			for (List<PersonView> unit : byUnit.values()) {
				if (round < unit.size()) {
					cast.add(unit.get(round));
					any = true;
				}
			}
			if (!any) {
				throw new IllegalStateException(
						"The demo organisation has %d talents for the demo tours, %d needed".formatted(cast.size(), CAST));
			}
		}
		if (marcos.isEmpty()) {
			throw new IllegalStateException("The demo manager has no other talent in their team");
		}
		return cast;
	}

	private Member member(PersonView person, Role role) {
		return new Member(person, new Actor(null, person.fullName(), PersonId.ofNullable(person.id()), person.fullName(), Set.of(role)));
	}

	private Member talent(PersonView person) {
		return member(person, Role.TALENT);
	}

	private Member managerOf(PersonView person) {
		if (person.managerId().equals(this.manager.id())) {
			return this.manager;
		}
		return member(this.people.get(PersonId.ofNullable(person.managerId())), Role.MANAGER);
	}

	/** The head of the person's unit: the highest manager below the chief executive. */
	private Member headOf(PersonView person) {
		PersonView head = person;
		while (head.managerId() != null) {
			PersonView above = this.people.get(PersonId.ofNullable(head.managerId()));
			if (above.managerId() == null) {
				break;
			}
			head = above;
		}
		return member(head, Role.MANAGER);
	}

	// ---- Tara, Marco and Ivan ----------------------------------------------------------------

	/** A year ago: Tara's first tour, completed with the plan for a new one. */
	private void taraCompletedTour() {
		Member head = headOf(this.tara.person());
		Ref pkg = workPackage(-335, "Payments reliability review",
				"Review every payments incident of the last two years and fix the three causes that recur.",
				"Incidents with a known cause down by half; a runbook the on-call team uses.", head, this.tara.person(),
				-300, -125, 20, 1, TourType.ROTATIONAL, "Problem solving", 3, "Risk management", 3);
		Story s = new Story(this.tara, this.manager, pkg);
		propose(s, -320, this.manager, "Payments reliability review", TourType.ROTATIONAL, -300, -125, 20, 30);
		revise(s, -318, this.manager, new MissionText("Find and fix the causes of payment incidents that keep coming back.",
				"Fewer failed payments and calmer nights for the on-call team.",
				"Lead an investigation across three teams; known as the one who makes incidents go away.",
				"Recurring incidents down by half; the runbook used in every incident."));
		revise(s, -316, this.tara, new MissionText("Find and fix the causes of payment incidents that keep coming back.",
				"Fewer failed payments and calmer nights for the on-call team.",
				"Lead an investigation across three teams and present the findings to the engineering leads.",
				"Recurring incidents down by half; the runbook used in every incident; findings presented."));
		agree(s, -312, this.manager, "Root causes of payment incidents and their fixes", -300, -125, 20,
				"A root-cause report; fixes for the top three causes; an on-call runbook", -185);
		sign(s, -310, this.tara);
		sign(s, -309, this.manager);
		checkIn(s, -270, 25, CheckInStatus.ON_TRACK, "Two years of incidents tagged; three patterns stand out.",
				"Good start; share the patterns with the on-call team.", done("Incidents tagged"), todo("Top causes fixed"));
		checkIn(s, -240, 45, CheckInStatus.ON_TRACK, "The retry storm is fixed and deployed.",
				"Great result, the on-call team noticed.", done("Incidents tagged"), done("Retry storm fixed"),
				todo("Runbook written"));
		Ref win = win(s, -235, this.tara, "Retry storms are gone",
				"The payment retries no longer pile up after an outage: zero retry storms in six weeks.",
				WinAudience.ORGANISATION);
		endorse(win, -233, head);
		checkIn(s, -210, 70, CheckInStatus.ON_TRACK, "Second cause fixed; the runbook draft is with the on-call team.",
				"On track. Keep the scope tight.", done("Retry storm fixed"), done("Timeout cause fixed"),
				todo("Runbook adopted"));
		checkIn(s, -150, 95, CheckInStatus.ON_TRACK, "All three fixes live; incidents down 58 %.",
				"Outstanding. Let us talk about what comes next.", done("Top causes fixed"), done("Runbook adopted"));
		startReview(s, -124, this.manager);
		reflect(s, -122, "Recurring payment incidents down 58 %; the runbook is used in every incident.",
				"Leading an investigation across teams; presenting to senior engineers.",
				"Payments, retries and idempotency in depth.", "The on-call leads of three teams.",
				"Known across engineering as the person who makes incidents go away.");
		assess(s, -120, this.manager, "Delivered more than agreed: incidents down 58 % against 50 %.", NextStep.NEW_TOUR,
				"A transformational tour on search, where her analysis skills matter most.");
		complete(s, -119, this.manager);
		step(-118, 10, this.lead, "close the payments package",
				() -> this.services.packages().changeStatus(this.lead.actor(), pkg.id, WorkPackageStatus.CLOSED, null));
	}

	/** Now: Tara's active tour, with everything a running tour has. */
	private void taraActiveTour(Ref search) {
		Story s = new Story(this.tara, this.manager, search);
		propose(s, -75, this.lead, "Search relevance v2", TourType.TRANSFORMATIONAL, -60, 120, 40, 14);
		revise(s, -73, this.tara, new MissionText("Rebuild how customers find products: ranking, synonyms and measurement.",
				"Customers find what they look for; search drives a third of revenue.",
				"Own a product-critical system end to end; grow towards a principal engineer role.",
				"Click-through on search results up 15 %; an evaluation set the team keeps using."));
		comment(s, -72, this.lead, "Could the success measure include zero-result searches? Support hears about them daily.");
		revise(s, -71, this.manager, new MissionText("Rebuild how customers find products: ranking, synonyms and measurement.",
				"Customers find what they look for; search drives a third of revenue.",
				"Own a product-critical system end to end; grow towards a principal engineer role.",
				"Click-through on search results up 15 %; zero-result searches halved; an evaluation set the team keeps."));
		comment(s, -70, this.tara, "Agreed, zero-result searches are a good second measure.");
		agree(s, -68, this.manager, "Ranking, synonyms and the evaluation of search", -60, 120, 40,
				"A new ranking in production; a synonym pipeline; an evaluation set with a weekly report", 60);
		sign(s, -66, this.tara);
		sign(s, -65, this.manager);
		Ref evaluation = raise(s, -50, this.tara, WorkItemKind.RESOURCE, "Labelled search sessions from Customer Support",
				"Needed to build the evaluation set", null, this.manager, -35);
		checkIn(s, -46, 10, CheckInStatus.ON_TRACK, "Baseline measured: click-through 31 %, zero results 7 %.",
				"Good baseline. Ask Support early for the labelled sessions.", done("Baseline measured"),
				todo("Evaluation set"), todo("New ranking live"));
		settle(s, evaluation, -36, this.manager, WorkItemStatus.PROVIDED,
				"Support labelled 2,000 sessions; they are in the shared drive.");
		checkIn(s, -32, 25, CheckInStatus.ON_TRACK, "Evaluation set of 2,000 sessions ready; first synonyms live.",
				"Nice pace.", done("Baseline measured"), done("Evaluation set"), todo("New ranking live"));
		Ref ask = askForCoaching(s, -30, "Presenting ranking trade-offs to the executive team");
		scheduleCoaching(s, ask, -29, this.manager, this.lead, -20, 10);
		coachingHeld(ask, -20, this.lead,
				"Lead with the customer story, then the numbers; one slide per trade-off. Tara presents at the next quarterly review.");
		Ref synonyms = win(s, -25, this.tara, "Synonyms lifted click-through by 6 %",
				"The first synonym list went live for shoes and bags: click-through up 6 % in a week.",
				WinAudience.ORGANISATION);
		endorse(synonyms, -24, this.manager);
		checkIn(s, -18, 40, CheckInStatus.ON_TRACK, "Ranking experiment running on 10 % of traffic.",
				"Looks promising; watch the latency.", done("Evaluation set"), done("Synonyms live"),
				todo("New ranking live"));
		raise(s, -10, this.tara, WorkItemKind.OBSTACLE, "Search logs access waits for the privacy review",
				"The ranking experiment needs query logs older than 30 days", Impact.MEDIUM, this.lead, 5);
		checkIn(s, -4, 55, CheckInStatus.ON_TRACK, "Ranking beats the old one by 9 % on the evaluation set.",
				"Great. Let us plan the rollout.", done("Synonyms live"), done("Ranking experiment"),
				todo("New ranking live"));
		win(s, -5, this.manager, "Two teams adopted the evaluation set",
				"The recommendations and ads teams now test their changes against Tara's evaluation set.", null);
		askForCoaching(s, -3, "Negotiating scope with the data team");
		raise(s, -2, this.tara, WorkItemKind.RESOURCE, "GPU budget for offline experiments",
				"Training the learning-to-rank model takes two days on a laptop", null, this.manager, 12);
	}

	/** Next: Tara's next tour, discussed in a long mission conversation, signed by her, waiting for Marco. */
	private void taraNextTour(Ref onboarding) {
		Story s = new Story(this.tara, this.manager, onboarding);
		propose(s, -21, this.manager, "Customer onboarding journey", TourType.ROTATIONAL, 30, 210, 30, 14);
		revise(s, -20, this.manager, new MissionText("Map and redesign the first 30 days of a new customer.",
				"Customers reach their first value sooner, and stay.",
				"Work directly with customers, Sales and Support.", "Time to first value halved."));
		comment(s, -19, this.tara, "Could I spend my first week with the support team? I want to hear the customers first.");
		revise(s, -18, this.tara, new MissionText("Map and redesign the first 30 days of a new customer, starting with a week in Support.",
				"Customers reach their first value sooner, and stay.",
				"Work directly with customers, Sales and Support; learn product discovery.",
				"Time to first value halved."));
		comment(s, -17, this.lead, "Make one success measure something Sales can see in their own numbers.");
		revise(s, -15, this.manager, new MissionText("Map and redesign the first 30 days of a new customer, starting with a week in Support.",
				"Customers reach their first value sooner, and stay.",
				"Work directly with customers, Sales and Support; learn product discovery.",
				"Time to first value halved; month-one churn down by a third; a journey map three teams adopt."));
		comment(s, -14, this.tara, "This works for me.");
		agree(s, -9, this.manager, "The first 30 days of a new customer, redesigned with Sales and Support", 30, 210, 30,
				"A journey map; a redesigned onboarding flow; a churn report for Sales", 150);
		sign(s, -7, this.tara);
	}

	/** Marco's other talent: an active tour at risk, with an overdue obstacle and a request for coaching. */
	private void ivanAtRisk(PersonView person) {
		Member ivan = talent(person);
		Story s = new Story(ivan, this.manager, null);
		propose(s, -110, this.manager, "Vendor integration for invoicing", TourType.ROTATIONAL, -90, 90, 30, 14);
		revise(s, -108, this.manager, new MissionText("Replace the invoicing export with the new vendor's API.",
				"Invoices reach customers the same day instead of next week.",
				"Lead an integration with an outside vendor; first project lead role.",
				"All invoices sent through the API; manual corrections below 1 %."));
		comment(s, -107, this.lead, "Ivan told me he wants vendor management experience: this fits.");
		agree(s, -100, this.manager, "The invoicing integration with the new vendor", -90, 90, 30,
				"The integration in production; a runbook; the old export switched off", 30);
		sign(s, -99, ivan);
		sign(s, -98, this.manager);
		checkIn(s, -76, 15, CheckInStatus.ON_TRACK, "Sandbox access works; first invoices sent to the test system.",
				"Good start.", done("Sandbox access"), todo("Production contract"));
		checkIn(s, -62, 25, CheckInStatus.ON_TRACK, "Mapping of invoice fields done.", "Fine.", done("Field mapping"),
				todo("Production contract"));
		raise(s, -40, ivan, WorkItemKind.OBSTACLE, "Vendor API contract not signed",
				"Without the contract there is no production access", Impact.HIGH, this.manager, -12);
		checkIn(s, -48, 30, CheckInStatus.AT_RISK, "The vendor has not sent the production contract yet.",
				"I will chase their account manager.", done("Field mapping"), todo("Production contract"));
		checkIn(s, -34, 35, CheckInStatus.AT_RISK, "Still no contract; testing what we can in the sandbox.",
				"Escalated to procurement.", todo("Production contract"), todo("First real invoice"));
		checkIn(s, -20, 38, CheckInStatus.AT_RISK, "The vendor changed their API version without notice.",
				"Let us talk about the plan B on Thursday.", todo("Production contract"), todo("First real invoice"));
		checkIn(s, -6, 40, CheckInStatus.AT_RISK, "Contract promised for next week, again.",
				"If it slips again we move the end date.", todo("Production contract"), todo("First real invoice"));
		askForCoaching(s, -6, "Managing a vendor who keeps missing deadlines");
	}

	// ---- the other talents -------------------------------------------------------------------

	/** A mission in conversation: two revisions, comments, no agreement yet. */
	private void inConversation(PersonView person) {
		Member talent = talent(person);
		Story s = new Story(talent, managerOf(person), null);
		propose(s, -12, this.lead, "Design system for internal tools", TourType.TRANSFORMATIONAL, 20, 200, 25, 14);
		revise(s, -10, this.lead, new MissionText("One design system for our internal tools.",
				"Internal tools built twice as fast and consistent for staff.",
				"Lead a cross-team standard; visibility with every product team.",
				"Three tools moved to the design system."));
		comment(s, -9, this.lead, "From our talk: the first month goes to interviewing the tool owners.");
		revise(s, -6, this.lead, new MissionText("One design system for our internal tools, shaped with their owners.",
				"Internal tools built twice as fast and consistent for staff.",
				"Lead a cross-team standard; visibility with every product team.",
				"Three tools moved to the design system; tool owners rate it 4 of 5 or better."));
		comment(s, -5, this.lead, "Waiting for the manager's view on the time share before the agreement.");
	}

	/** Signed, starting in six days. */
	private void aboutToStart(PersonView person) {
		Member talent = talent(person);
		Member head = headOf(person);
		Ref pkg = workPackage(-40, "Partner portal redesign",
				"Redesign the portal our partners use to register deals and download material.",
				"Partners register deals in half the time; a portal the partner team owns.", head, person, 6, 186, 20, 1,
				TourType.ROTATIONAL, "UX research", 3, "Stakeholder management", 3);
		Story s = new Story(talent, managerOf(person), pkg);
		propose(s, -30, this.lead, "Partner portal redesign", TourType.ROTATIONAL, 6, 186, 20, 14);
		revise(s, -28, this.lead, new MissionText("Redesign the partner portal with the partners who use it.",
				"More partner deals, registered faster.", "Own a redesign from research to launch.",
				"Deal registration in half the time; partner satisfaction up."));
		agree(s, -20, this.lead, "The partner portal, from research to launch", 6, 186, 20,
				"Research findings; a redesigned portal; a launch plan", 126);
		sign(s, -18, talent);
		sign(s, -3, s.manager);
	}

	/** On track: check-ins on every due date, a resource provided, an obstacle resolved, a win the sponsor endorsed. */
	private void onTrack(PersonView person) {
		Member talent = talent(person);
		Member head = headOf(person);
		Ref pkg = workPackage(-160, "Pricing experiment framework",
				"Build the framework to test prices safely: experiment design, guardrails and reporting.",
				"Ten pricing experiments run safely; a weekly report for the pricing committee.", head, person, -120, 60,
				30, 2, TourType.TRANSFORMATIONAL, "Data analysis", 3, "Statistics", 3);
		Story s = new Story(talent, managerOf(person), pkg);
		propose(s, -150, this.lead, "Pricing experiment framework", TourType.TRANSFORMATIONAL, -120, 60, 30, 21);
		revise(s, -148, this.lead, new MissionText("A framework to test prices safely.",
				"Pricing decisions based on evidence instead of opinion.",
				"Become the go-to person for experimentation; present to the pricing committee.",
				"Ten experiments run; no guardrail breached."));
		agree(s, -140, this.lead, "Experiment design, guardrails and reporting for pricing", -120, 60, 30,
				"The framework; ten experiments; a weekly report", 10);
		sign(s, -139, talent);
		sign(s, -138, s.manager);
		Ref sandbox = raise(s, -105, talent, WorkItemKind.RESOURCE, "Access to the pricing analytics sandbox",
				"The experiments need the order history", null, s.manager, -95);
		settle(s, sandbox, -96, s.manager, WorkItemStatus.PROVIDED, "Access granted by the data team.");
		checkIn(s, -99, 15, CheckInStatus.ON_TRACK, "Experiment design reviewed with Finance.", "Good.",
				done("Design reviewed"), todo("First experiment"));
		Ref rules = raise(s, -75, talent, WorkItemKind.OBSTACLE, "Two regions use different discount rules",
				"Results are not comparable across regions", Impact.MEDIUM, s.manager, -50);
		checkIn(s, -78, 30, CheckInStatus.ON_TRACK, "First experiment live in one region.", "Keep going.",
				done("First experiment"), todo("Guardrails automated"));
		settle(s, rules, -57, s.manager, WorkItemStatus.RESOLVED, "Both regions now use the same discount rules.");
		checkIn(s, -57, 45, CheckInStatus.ON_TRACK, "Four experiments done; guardrails automated.", "Impressive.",
				done("Guardrails automated"), todo("Ten experiments"));
		Ref win = win(s, -40, talent, "First price test paid for the whole tour",
				"A 3 % price change on accessories raised margin without losing orders.", WinAudience.SPONSOR);
		endorse(win, -38, head);
		checkIn(s, -36, 60, CheckInStatus.ON_TRACK, "Seven experiments done.", "Well done.",
				done("Seven experiments"), todo("Ten experiments"));
		checkIn(s, -15, 75, CheckInStatus.ON_TRACK, "Weekly report adopted by the pricing committee.", "Excellent.",
				done("Weekly report"), todo("Ten experiments"));
		Ref ask = askForCoaching(s, -14, "Storytelling with data for the pricing committee");
		scheduleCoaching(s, ask, -13, s.manager, this.lead, 4, 14);
	}

	/** Ending in three weeks with no next-tour conversation held, a check-in overdue, a resource request overdue. */
	private void overdueAndEndingSoon(PersonView person) {
		Member talent = talent(person);
		Member head = headOf(person);
		Ref pkg = workPackage(-210, "Warehouse routing pilot",
				"Pilot a new routing of pickers in one warehouse and decide whether to roll it out.",
				"Walking distance per order down 20 % in the pilot; a roll-out decision.", head, person, -170, 20, 25, 1,
				TourType.ROTATIONAL, "Project management", 3, "Problem solving", 3);
		Story s = new Story(talent, managerOf(person), pkg);
		propose(s, -200, this.lead, "Warehouse routing pilot", TourType.ROTATIONAL, -170, 20, 25, 14);
		revise(s, -198, this.lead, new MissionText("Pilot a new picker routing in one warehouse.",
				"Faster orders at lower cost.", "Run a pilot end to end; work with operations on the floor.",
				"Walking distance down 20 %; a roll-out decision."));
		agree(s, -190, this.lead, "The routing pilot in the north warehouse", -170, 20, 25,
				"The pilot; a measurement report; a roll-out recommendation", -15);
		sign(s, -189, talent);
		sign(s, -188, s.manager);
		for (int day = -156; day <= -44; day += 28) {
			checkIn(s, day, 20 + (day + 156) / 2, CheckInStatus.ON_TRACK, "The pilot runs as planned.", "Good.",
					done("Pilot running"), todo("Roll-out decision"));
		}
		raise(s, -60, talent, WorkItemKind.RESOURCE, "Forklift telemetry export from the vendor",
				"Needed to measure the distance saved", null, s.manager, -20);
	}

	/** Ended three days ago; the talent wrote their reflection, the company's section is still open. */
	private void inClosingReview(PersonView person) {
		Member talent = talent(person);
		Story s = new Story(talent, managerOf(person), null);
		propose(s, -220, this.lead, "Customer feedback programme", TourType.ROTATIONAL, -200, -3, 20, 30);
		revise(s, -218, this.lead, new MissionText("Set up a programme that brings customer feedback to every team.",
				"Teams decide with the customer's voice in the room.", "Build a programme from nothing; company-wide visibility.",
				"Every product team gets a monthly feedback digest."));
		agree(s, -210, this.lead, "The customer feedback programme", -200, -3, 20,
				"A monthly digest; a feedback tagging guide; three teams using it", -60);
		sign(s, -209, talent);
		sign(s, -208, s.manager);
		for (int day = -170; day <= -20; day += 30) {
			checkIn(s, day, Math.min(100, 15 + (day + 170) / 2), CheckInStatus.ON_TRACK, "The digest goes out monthly.",
					"Teams read it.", done("Digest"), todo("All teams"));
		}
		win(s, -60, talent, "Every product team reads the feedback digest",
				"All eight product teams now open the monthly digest; two changed their roadmap because of it.",
				WinAudience.ORGANISATION);
		startReview(s, -2, s.manager);
		reflect(s, -1, talent, "A monthly digest every product team reads; a tagging guide Support uses.",
				"Running a programme; writing for executives.", "How our customers talk about the product.",
				"The product leads of every team.", "Known as the voice of the customer.");
	}

	/** Completed last month, renewed for another tour on the same work. */
	private void renewed(PersonView person) {
		Member talent = talent(person);
		Member head = headOf(person);
		Ref pkg = workPackage(-410, "Month-end close automation",
				"Automate the reconciliations of the month-end close.", "The close takes three days instead of eight.",
				head, person, -380, -30, 30, 1, TourType.TRANSFORMATIONAL, "Financial acumen", 3, "Data analysis", 3);
		Story s = new Story(talent, managerOf(person), pkg);
		propose(s, -400, this.lead, "Month-end close automation", TourType.TRANSFORMATIONAL, -380, -30, 30, 30);
		revise(s, -398, this.lead, new MissionText("Automate the reconciliations of the month-end close.",
				"A faster close, fewer errors.", "Lead an automation project in Finance.", "Close in three days."));
		agree(s, -390, this.lead, "Automating the month-end reconciliations", -380, -30, 30,
				"Automated reconciliations; a close calendar of three days", -90);
		sign(s, -389, talent);
		sign(s, -388, s.manager);
		for (int day = -350; day <= -50; day += 60) {
			checkIn(s, day, Math.min(100, 10 + (day + 350) / 3), CheckInStatus.ON_TRACK, "Another reconciliation automated.",
					"Steady progress.", done("Reconciliations"), todo("Three-day close"));
		}
		Ref win = win(s, -100, talent, "The close took four days",
				"For the first time the month-end close took four days instead of eight.", WinAudience.SPONSOR);
		endorse(win, -99, head);
		startReview(s, -28, s.manager);
		reflect(s, -26, talent, "The close takes four days; two more reconciliations to go.", "Automation, scripting.",
				"How the close works end to end.", "The finance controllers.", "Trusted with the close.");
		assess(s, -25, s.manager, "Close from eight days to four.", NextStep.RENEWAL,
				"Renew for six months to reach the three-day close.");
		complete(s, -24, s.manager);
	}

	/** Completed two months ago, ending in a good exit. */
	private void goodExit(PersonView person) {
		Member talent = talent(person);
		Story s = new Story(talent, managerOf(person), null);
		propose(s, -420, this.lead, "Marketing analytics rebuild", TourType.TRANSFORMATIONAL, -400, -60, 50, 30);
		revise(s, -418, this.lead, new MissionText("Rebuild marketing analytics on the new data platform.",
				"Campaign decisions on numbers everyone trusts.", "Lead a rebuild; prepare to found a venture one day.",
				"All campaign reports on the new platform."));
		agree(s, -410, this.lead, "The marketing analytics rebuild", -400, -60, 50,
				"All campaign reports rebuilt; the old reports switched off", -120);
		sign(s, -409, talent);
		sign(s, -408, s.manager);
		for (int day = -370; day <= -70; day += 60) {
			checkIn(s, day, Math.min(100, 10 + (day + 370) / 3), CheckInStatus.ON_TRACK, "Reports moved as planned.",
					"Good.", done("Reports moved"), todo("Old reports off"));
		}
		win(s, -150, talent, "One version of the campaign numbers",
				"Marketing and Finance now read the same campaign numbers from one report.", WinAudience.ORGANISATION);
		startReview(s, -58, s.manager);
		reflect(s, -56, talent, "Every campaign report rebuilt; the old ones switched off.", "Leading a rebuild.",
				"Marketing analytics.", "Marketing and Finance leads.", "Known for trusted numbers.");
		assess(s, -55, s.manager, "Delivered in full, on time.", NextStep.GOOD_EXIT,
				"Leaves to found a start-up; we stay in touch and would welcome them back.");
		complete(s, -52, s.manager);
	}

	/** Ended early after a reorganisation. */
	private void endedEarly(PersonView person) {
		Member talent = talent(person);
		Story s = new Story(talent, managerOf(person), null);
		propose(s, -160, this.lead, "Loyalty app relaunch", TourType.ROTATIONAL, -140, 40, 20, 14);
		revise(s, -158, this.lead, new MissionText("Relaunch the loyalty app.", "More repeat customers.",
				"Lead a relaunch.", "Monthly active users up 30 %."));
		agree(s, -150, this.lead, "The loyalty app relaunch", -140, 40, 20, "A relaunched app; a launch campaign", -20);
		sign(s, -149, talent);
		sign(s, -148, s.manager);
		checkIn(s, -126, 20, CheckInStatus.ON_TRACK, "Research done.", "Good.", done("Research"), todo("Relaunch"));
		checkIn(s, -112, 25, CheckInStatus.AT_RISK, "The budget for the app is under review.", "Waiting for the decision.",
				todo("Relaunch"));
		checkIn(s, -98, 25, CheckInStatus.OFF_TRACK, "The loyalty programme is being stopped.", "Let us end it well.",
				todo("Relaunch"));
		endEarly(s, -90, s.manager,
				"The loyalty programme was stopped in the reorganisation; the talent moves to the platform team.");
	}

	/** A proposal of yesterday: a draft tour. */
	private void proposed(PersonView person) {
		Story s = new Story(talent(person), managerOf(person), null);
		propose(s, -1, this.lead, "Customer advisory board launch", TourType.ROTATIONAL, 45, 225, 20, 14);
	}

	/** Off track at the last check-in, after coaching. */
	private void offTrack(PersonView person) {
		Member talent = talent(person);
		Story s = new Story(talent, managerOf(person), null);
		propose(s, -95, this.lead, "Self-service reporting for Sales", TourType.ROTATIONAL, -80, 100, 20, 14);
		revise(s, -93, this.lead, new MissionText("Give sales teams reports they build themselves.",
				"Fewer report requests to the data team.", "Own a product for internal customers.",
				"Half of the report requests self-served."));
		agree(s, -88, this.lead, "Self-service reports for the sales teams", -80, 100, 20,
				"Report templates; training for every sales team", 40);
		sign(s, -87, talent);
		sign(s, -86, s.manager);
		checkIn(s, -66, 15, CheckInStatus.ON_TRACK, "Templates drafted.", "Good.", done("Templates"), todo("Training"));
		checkIn(s, -52, 20, CheckInStatus.AT_RISK, "Sales teams have no time for training this quarter.",
				"Let us find shorter formats.", todo("Training"));
		Ref ask = askForCoaching(s, -50, "Getting time from busy sales teams");
		scheduleCoaching(s, ask, -49, s.manager, s.manager, -45, 15);
		coachingHeld(ask, -45, s.manager, "Offer 20-minute sessions inside their weekly meeting.");
		checkIn(s, -38, 25, CheckInStatus.AT_RISK, "Two teams trained in short sessions.", "Better.", todo("Training"));
		checkIn(s, -24, 25, CheckInStatus.OFF_TRACK, "The CRM migration froze all report work.", "Escalate to the lead.",
				todo("Training"));
		checkIn(s, -10, 28, CheckInStatus.OFF_TRACK, "Still frozen; the end date will not hold.",
				"We need to talk about the end date.", todo("Training"));
	}

	/** Open packages with interest: the catalogue a first visit sees. */
	private void catalogue(List<PersonView> cast, Ref search, Ref onboarding, Ref mentoring) {
		PersonView somebody = cast.get(cast.size() - 1);
		Ref literacy = workPackage(-20, "Data literacy programme",
				"Teach every team to read and question the numbers they use, with short hands-on sessions.",
				"Eight teams trained; a data glossary everyone uses.", headOf(somebody), somebody, 40, 220, 20, 3,
				TourType.ROTATIONAL, "Storytelling with data", 3, "Facilitation", 3);
		interest(literacy, -15, talent(cast.get(5)), "My tour ends soon; this is what I would like to do next.");
		interest(literacy, -12, talent(cast.get(1)), "I love teaching; happy to do this next to my design work.");
		interest(literacy, -4, talent(cast.get(9)), null);
		interest(search, -30, talent(cast.get(8)), "My last tour ended early; search is where I would like to go.");
		interest(search, -8, talent(cast.get(9)), null);
		interest(mentoring, -16, talent(cast.get(0)), "I would like to help new team leads.");
		interest(onboarding, -11, talent(cast.get(2)), null);
	}

	// ---- steps -------------------------------------------------------------------------------

	private LocalDate date(int day) {
		return this.today.plusDays(day);
	}

	private void step(int day, int hour, Member who, String what, Runnable action) {
		this.steps.add(new Step(day, hour, this.steps.size(), who.actor(), what, action));
	}

	private Ref workPackage(int day, String title, String description, String results, Member sponsor,
			PersonView unitOf, int start, int end, int share, int seats, TourType type, String competency1, int level1,
			String competency2, int level2) {
		Ref ref = new Ref();
		Map<Quality, QualityRating> ratings = new EnumMap<>(Quality.class);
		ratings.put(Quality.CHALLENGING, new QualityRating(4, "New territory for the team"));
		ratings.put(Quality.INTERESTING, new QualityRating(4, "Close to customers and to the numbers"));
		ratings.put(Quality.VALUABLE, new QualityRating(5, "A result the unit has wanted for a year"));
		ratings.put(Quality.VISIBLE, new QualityRating(4, "Results shown to the leadership team"));
		List<RequiredCompetency> needs = List.of(new RequiredCompetency(competency(competency1), level1),
				new RequiredCompetency(competency(competency2), level2));
		WorkPackageTerms terms = new WorkPackageTerms(title, description, results, sponsor.employeeId(),
				unitOf.unitId(), date(start), date(end), share, seats, type, needs, ratings);
		step(day, 8, this.lead, "create the work package " + title, () -> {
			ref.id = this.services.packages().create(this.lead.actor(), terms);
			this.services.packages().changeStatus(this.lead.actor(), ref.id, WorkPackageStatus.OPEN, null);
		});
		return ref;
	}

	private UUID competency(String name) {
		UUID id = this.competencies.get(name);
		if (id == null) {
			throw new IllegalStateException("No competency " + name + " in the catalogue");
		}
		return id;
	}

	private void interest(Ref pkg, int day, Member who, String note) {
		step(day, 12, who, "express interest",
				() -> this.services.packages().expressInterest(who.actor(), pkg.id, note));
	}

	private void propose(Story s, int day, Member by, String title, TourType type, int start, int end, int share,
			int cadence) {
		this.tours++;
		this.talentsWithTours.add(s.talent.id());
		step(day, 9, by, "propose " + title, () -> s.tourId = this.services.lifecycle()
			.propose(by.actor(), new TourPlan(s.talent.id(), (s.pkg != null) ? s.pkg.id : null, title, type, date(start),
					date(end), share, cadence)));
	}

	private void revise(Story s, int day, Member by, MissionText text) {
		int base = s.revisions++;
		step(day, 10, by, "revise the mission", () -> this.services.missions().revise(by.actor(), s.tourId, text, base));
	}

	private void comment(Story s, int day, Member by, String body) {
		Integer on = (s.revisions > 0) ? s.revisions : null;
		step(day, 11, by, "comment on the mission",
				() -> this.services.missions().comment(by.actor(), s.tourId, body, on));
	}

	/** The organisation drafts the agreement and sends it out for both signatures. */
	private void agree(Story s, int day, Member by, String scope, int start, int end, int share, String deliverables,
			int nextConversation) {
		AgreementTerms terms = new AgreementTerms(scope, date(start), date(end), share, deliverables,
				"Leading without authority; the craft of the domain", "A demo to the leadership team at the end",
				"Time protected in the team's planning; tools and data access as needed",
				"The unit head sponsors the work and clears the way", "A monthly session with a senior colleague",
				"A seat in the steering meeting every six weeks", "First look at the roles that open in the area",
				"A written reference on request", "Deliver what is agreed and share what was learned",
				date(nextConversation));
		step(day, 10, by, "draft the agreement", () -> this.services.agreements().saveDraft(by.actor(), s.tourId, terms,
				null));
		step(day, 11, by, "send the agreement", () -> this.services.agreements().send(by.actor(), s.tourId));
	}

	private void sign(Story s, int day, Member who) {
		step(day, 14, who, "sign the agreement", () -> this.services.agreements().sign(who.actor(), s.tourId, true));
	}

	private static CheckInView.MilestoneView done(String text) {
		return new CheckInView.MilestoneView(text, true);
	}

	private static CheckInView.MilestoneView todo(String text) {
		return new CheckInView.MilestoneView(text, false);
	}

	/** The talent opens the check-in with their note; the manager adds theirs in the afternoon. */
	private void checkIn(Story s, int day, int progress, CheckInStatus status, String talentNote, String managerNote,
			CheckInView.MilestoneView... milestones) {
		Ref checkIn = new Ref();
		CheckInRequest request = new CheckInRequest(date(day), progress, status, List.of(milestones), talentNote);
		step(day, 9, s.talent, "check in", () -> checkIn.id = this.services.checkIns()
			.checkIn(s.talent.actor(), s.tourId, request));
		step(day, 16, s.manager, "note on the check-in",
				() -> this.services.checkIns().writeNote(s.manager.actor(), s.tourId, checkIn.id, managerNote, null));
	}

	private Ref askForCoaching(Story s, int day, String topic) {
		Ref session = new Ref();
		step(day, 12, s.talent, "ask for coaching",
				() -> session.id = this.services.coaching().askForCoaching(s.talent.actor(), s.tourId, topic, null));
		return session;
	}

	private void scheduleCoaching(Story s, Ref session, int day, Member by, Member coach, int atDay, int atHour) {
		step(day, 13, by, "schedule coaching", () -> this.services.coaching()
			.scheduleCoaching(by.actor(), session.id, coach.employeeId(), date(atDay).atTime(atHour, 0), null));
	}

	private void coachingHeld(Ref session, int day, Member by, String notes) {
		step(day, 17, by, "record the coaching",
				() -> this.services.coaching().completeCoaching(by.actor(), session.id, notes, null));
	}

	private Ref raise(Story s, int day, Member by, WorkItemKind kind, String what, String why, Impact impact,
			Member owner, int due) {
		Ref item = new Ref();
		WorkItemDraft draft = new WorkItemDraft(what, why, impact, owner.id(),
				null, date(due), null, null);
		step(day, 11, by, "raise " + what,
				() -> item.id = this.services.work().add(by.actor(), s.tourId, kind, draft));
		return item;
	}

	private void settle(Story s, Ref item, int day, Member by, WorkItemStatus status, String note) {
		step(day, 15, by, "settle a work item", () -> {
			WorkItemView current = this.services.work().item(by.actor(), s.tourId, item.id);
			this.services.work()
				.update(by.actor(), s.tourId, item.id, new WorkItemDraft(current.what(), current.why(), current.impact(),
						current.ownerId(), null, current.dueOn(), status, note), current.version());
		});
	}

	/** A win: published by the talent to the audience, or proposed by the manager (audience {@code null}). */
	private Ref win(Story s, int day, Member by, String title, String story, WinAudience audience) {
		Ref win = new Ref();
		step(day, 13, by, "write a win", () -> win.id = this.services.wins()
			.writeWin(by.actor(), s.tourId, new WinRequest(title, story, date(day), audience)));
		return win;
	}

	private void endorse(Ref win, int day, Member sponsor) {
		step(day, 10, sponsor, "endorse a win", () -> this.services.wins().endorseWin(sponsor.actor(), win.id));
	}

	private void startReview(Story s, int day, Member by) {
		// the reason is kept only when the review starts before the end date (an early end)
		step(day, 9, by, "start the closing review", () -> this.services.closing()
			.start(by.actor(), s.tourId, "The deliverables were handed over ahead of plan, so we review now.", null));
	}

	private void reflect(Story s, int day, String results, String skills, String knowledge, String network,
			String reputation) {
		reflect(s, day, s.talent, results, skills, knowledge, network, reputation);
	}

	private void reflect(Story s, int day, Member talent, String results, String skills, String knowledge,
			String network, String reputation) {
		step(day, 10, talent, "write the reflection", () -> {
			int version = this.services.closing().get(talent.actor(), s.tourId).talentVersion();
			this.services.closing()
				.reflect(talent.actor(), s.tourId, new TalentReflection(results, skills, knowledge, network, reputation),
						version);
		});
	}

	private void assess(Story s, int day, Member by, String results, NextStep next, String note) {
		step(day, 11, by, "assess the tour", () -> {
			int version = this.services.closing().get(by.actor(), s.tourId).companyVersion();
			this.services.closing().assess(by.actor(), s.tourId, new CompanyAssessment(results, next, note), version);
		});
	}

	private void complete(Story s, int day, Member by) {
		step(day, 15, by, "complete the closing review",
				() -> this.services.closing().complete(by.actor(), s.tourId));
	}

	private void endEarly(Story s, int day, Member by, String reason) {
		step(day, 10, by, "end the tour early",
				() -> this.services.lifecycle().move(by.actor(), s.tourId, TourState.ENDED_EARLY, reason, null));
	}

}
