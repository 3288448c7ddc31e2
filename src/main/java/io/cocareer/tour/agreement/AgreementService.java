package io.cocareer.tour.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.ActedBy;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.TourId;
import io.cocareer.tour.Participation;
import io.cocareer.tour.TourNotices;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.agreement.internal.Agreement;
import io.cocareer.tour.agreement.internal.AgreementRepository;
import io.cocareer.tour.agreement.internal.MissionRevision;
import io.cocareer.tour.catalogue.CharterService;
import io.cocareer.tour.catalogue.CharterView;
import io.cocareer.tour.catalogue.PackageProfile;
import io.cocareer.tour.catalogue.WorkPackageService;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement of a tour (step 6). Rules, for the UI and the API alike:
 * <ul>
 * <li>the manager or the talent lead drafts it while the tour is in conversation; the talent
 * comments in the mission conversation; dates, share (5 to 100 %, and never more than 100 % of
 * the talent's week with their other tours) and the next-tour conversation date are checked;</li>
 * <li>sent for signatures, it carries the programme charter and the mission's latest revision; the
 * tour awaits signatures and talent and manager are told;</li>
 * <li>the talent signs acknowledging the Right of First Conversation, the manager signs; when both
 * have, the version is frozen, its terms become the tour's and the tour is active, or signed and
 * waiting for its start date when that is still ahead (the daily {@code TourStartJob} starts it);</li>
 * <li>asking for changes before both signed clears the signatures and reopens the conversation;</li>
 * <li>a change to a signed agreement is an amendment: the next version, signed again by both;
 * until then the signed version stays binding.</li>
 * </ul>
 */
@Service
@Transactional
public class AgreementService {

	/** A signed agreement is amended while its tour runs, or is signed and waits for its start date. */
	private static final Set<TourState> AMENDABLE = java.util.EnumSet.of(TourState.SIGNED, TourState.ACTIVE);

	private final TourService tours;

	private final MissionService missions;

	private final AgreementRepository agreements;

	private final CharterService charters;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final TourNotices notices;

	private final Clock clock;

	private final Period nextConversationLeadTime;

	private final WorkPackageService packages;

	private final TourGuard guard;

	AgreementService(TourService tours, MissionService missions, AgreementRepository agreements,
			CharterService charters, PeopleDirectory people, ApplicationEventPublisher events,
			TourNotices notices, Clock clock,
			@Value("${cocareer.tour.next-conversation-lead-time:P2M}") Period nextConversationLeadTime,
			WorkPackageService packages, TourGuard guard) {
		this.guard = guard;
		this.packages = packages;
		this.tours = tours;
		this.missions = missions;
		this.agreements = agreements;
		this.charters = charters;
		this.people = people;
		this.events = events;
		this.notices = notices;
		this.clock = clock;
		this.nextConversationLeadTime = nextConversationLeadTime;
	}

	// ---- reads -------------------------------------------------------------------------------

	/**
	 * This service once more, on another clock, publisher and notices and beside the given tour and
	 * mission services: for the demo, which plays each step of its story at its own moment.
	 */
	public AgreementService on(TourService tourService, MissionService missionService, Clock clock,
			ApplicationEventPublisher events, TourNotices notices) {
		return new AgreementService(tourService, missionService, this.agreements, this.charters, this.people, events,
				notices, clock, this.nextConversationLeadTime, this.packages, this.guard);
	}

	/**
	 * Of these tours, those whose latest agreement is out for signature and the manager has not
	 * signed it yet: for the homes, which chose the tours their reader runs. One statement.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> awaitingManagerSignature(Collection<UUID> tourIds) {
		if (tourIds.isEmpty()) {
			return Set.of();
		}
		return this.agreements.findLatestOfTours(tourIds)
			.stream()
			.filter((a) -> a.status() == AgreementStatus.AWAITING_SIGNATURES && a.managerSignedAt() == null)
			.map(Agreement::tourId)
			.collect(Collectors.toSet());
	}

	@Transactional(readOnly = true)
	public AgreementsView get(Actor actor, UUID tourId) {
		Tour tour = this.guard.participantTour(actor, tourId);
		Participation viewer = this.guard.participation(actor, tour).orElseThrow();
		List<Agreement> all = this.agreements.findByTourIdOrderByVersionNoDesc(tourId);
		Names names = names(tour, all);
		Agreement binding = all.stream().filter((a) -> a.status() == AgreementStatus.SIGNED).findFirst().orElse(null);
		List<AgreementView> versions = all.stream().map((a) -> view(tour, a, a == binding, names)).toList();
		AgreementView current = versions.isEmpty() ? null : versions.get(0);
		Agreement latest = all.isEmpty() ? null : all.get(0);
		boolean org = viewer.forOrganisation();
		boolean draftable = (latest == null && tour.state() == TourState.IN_CONVERSATION)
				|| (latest != null && latest.status() == AgreementStatus.DRAFT && mayDraft(tour, latest));
		boolean awaiting = latest != null && latest.status() == AgreementStatus.AWAITING_SIGNATURES;
		AgreementsView.Actions actions = new AgreementsView.Actions(org && draftable,
				org && latest != null && latest.status() == AgreementStatus.DRAFT && mayDraft(tour, latest),
				awaiting && viewer == Participation.TALENT && latest.talentSignedAt() == null,
				awaiting && viewer == Participation.MANAGER && latest.managerSignedAt() == null, awaiting,
				org && AMENDABLE.contains(tour.state()) && latest != null && latest.status() == AgreementStatus.SIGNED);
		return new AgreementsView(tourId, tour.state(), viewer, versions, current,
				(binding != null) ? versions.get(all.indexOf(binding)) : null, proposal(tour),
				this.missions.latest(tourId).isPresent(), actions);
	}

	/** One version as its document reads ({@code null}: the latest). */
	@Transactional(readOnly = true)
	public AgreementView document(Actor actor, UUID tourId, Integer versionNo) {
		Tour tour = this.guard.participantTour(actor, tourId);
		Optional<Agreement> found = (versionNo != null) ? this.agreements.findByTourIdAndVersionNo(tourId, versionNo)
				: this.agreements.findFirstByTourIdOrderByVersionNoDesc(tourId);
		Agreement agreement = found.orElseThrow(() -> new NotFoundException("tour.agreement.notFound",
				"This tour has no such agreement version"));
		Agreement binding = this.agreements.findByTourIdOrderByVersionNoDesc(tourId)
			.stream()
			.filter((a) -> a.status() == AgreementStatus.SIGNED)
			.findFirst()
			.orElse(null);
		return view(tour, agreement, binding != null && binding.id().equals(agreement.id()),
				names(tour, List.of(agreement)));
	}

	// ---- writes ------------------------------------------------------------------------------

	/**
	 * Writes the draft: the first version, or changes to the current draft (or amendment).
	 * @param expectedVersion the draft's version the writer started from ({@code null} for a new one)
	 * @return the version number written
	 */
	public int saveDraft(Actor actor, TourId tourId, AgreementTerms terms, Long expectedVersion) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		requireOrganisation(actor, tour);
		if (terms == null) {
			throw new InvalidInput("startOn", "tour.field.required", "Required");
		}
		Agreement latest = this.agreements.findFirstByTourIdOrderByVersionNoDesc(tourId.value()).orElse(null);
		Instant now = this.clock.instant();
		Agreement written;
		if (latest == null) {
			requireDraftable(tour, null);
			written = Agreement.draft(tourId.value(), terms, ActedBy.of(actor), now);
		}
		else {
			if (latest.status() == AgreementStatus.DRAFT) {
				requireDraftable(tour, latest);
				if (expectedVersion != null && expectedVersion != latest.version()) {
					throw new OptimisticLockingFailureException("The agreement changed in the meantime");
				}
			}
			latest.revise(terms, ActedBy.of(actor), now);
			written = latest;
		}
		this.tours.requireCapacity(tourId, this.people.get(PersonId.ofNullable(tour.talentId())), terms.startOn(), terms.endOn(),
				terms.timeShare());
		this.agreements.saveAndFlush(written);
		this.events.publishEvent(AuditEvent.career("tour.agreement.drafted", "tour", tourId.value(),
				AuditEvent.text(tour.title()), AuditEvent.text(written.versionNo())));
		return written.versionNo();
	}

	/** Sends the current draft out for both signatures. */
	public void send(Actor actor, TourId tourId) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		requireOrganisation(actor, tour);
		Agreement draft = this.agreements.findFirstByTourIdOrderByVersionNoDesc(tourId.value())
			.orElseThrow(() -> new BusinessRuleViolation("tour.agreement.none", "Write the agreement first"));
		if (draft.status() == AgreementStatus.DRAFT) {
			requireDraftable(tour, draft);
		}
		MissionRevision mission = this.missions.latest(tourId.value())
			.orElseThrow(() -> new BusinessRuleViolation("tour.agreement.noMission",
					"Draft the mission in the conversation before sending the agreement"));
		if (!mission.text().missing().isEmpty()) {
			throw new BusinessRuleViolation("tour.agreement.missionIncomplete",
					"The mission is not complete yet: its page says who still has to write what");
		}
		CharterView charter = this.charters.latest()
			.orElseThrow(() -> new BusinessRuleViolation("tour.agreement.noCharter",
					"The talent lead has not written the programme charter yet"));
		Instant now = this.clock.instant();
		draft.send(charter.versionNo(), charter.body(), mission.revisionNo(), mission.text(), now);
		this.tours.requireCapacity(tourId, this.people.get(PersonId.ofNullable(tour.talentId())), draft.startOn(), draft.endOn(),
				draft.timeShare());
		if (!draft.isAmendment()) {
			// the tour now counts against the talent's week with the terms about to be signed
			tour.applyTerms(new Tour.Terms(draft.startOn(), draft.endOn(), draft.timeShare(),
					tour.checkInCadenceDays()), now);
			TourState from = tour.awaitSignatures(now);
			this.tours.recordMove(tour, from, null, actor);
		}
		this.agreements.flush();
		this.events.publishEvent(AuditEvent.career("tour.agreement.sent", "tour", tourId.value(), AuditEvent.text(tour.title()),
				AuditEvent.text(draft.versionNo())));
		this.events.publishEvent(Notice.toPeople("tour.signatureAwaited", Set.of(tour.talentId(), tour.managerId()),
				draft.isAmendment() ? "notice.tour.amendmentAwaitingSignature" : "notice.tour.agreementAwaitingSignature",
				List.of(tour.title(), String.valueOf(draft.versionNo())), "/tours/" + tourId.value() + "/agreement", null)
			.asking(TourNotices.signKey(tourId)));
	}

	/**
	 * The talent or the manager signs the version out for signature; the talent acknowledges the
	 * Right of First Conversation. When both have signed, the version binds.
	 */
	public void sign(Actor actor, TourId tourId, boolean acknowledgesRightOfFirstConversation) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		Participation viewer = this.guard.participation(actor, tour).orElseThrow();
		Agreement agreement = this.agreements.findFirstByTourIdOrderByVersionNoDesc(tourId.value())
			.orElseThrow(() -> new BusinessRuleViolation("tour.agreement.notAwaiting",
					"The agreement is not out for signature"));
		Instant now = this.clock.instant();
		boolean complete = switch (viewer) {
			case TALENT -> agreement.signAsTalent(actor.displayName(), acknowledgesRightOfFirstConversation, now);
			case MANAGER -> agreement.signAsManager(actor.displayName(), now);
			default -> throw new PermissionDenied("tour.agreement.denied.sign",
					"The talent and their manager sign the agreement");
		};
		this.events.publishEvent(AuditEvent.career("tour.agreement.signed", "tour", tourId.value(),
				AuditEvent.text(tour.title()), AuditEvent.text(agreement.versionNo())));
		if (complete) {
			bind(actor, tour, agreement, now);
		}
		this.notices.signed(tour, actor, viewer, complete);
		this.agreements.flush();
	}

	/** Before both signed: back to drafting, signatures cleared. */
	public void askForChanges(Actor actor, UUID tourId, String reason) {
		Tour tour = this.guard.participantTour(actor, tourId);
		Agreement agreement = this.agreements.findFirstByTourIdOrderByVersionNoDesc(tourId)
			.orElseThrow(() -> new BusinessRuleViolation("tour.agreement.notAwaiting",
					"The agreement is not out for signature"));
		String clean = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (clean != null && clean.length() > Tour.MAX_REASON) {
			throw new InvalidInput("reason", "tour.field.tooLong", "At most %d characters".formatted(Tour.MAX_REASON),
					Tour.MAX_REASON);
		}
		Instant now = this.clock.instant();
		agreement.askForChanges(ActedBy.of(actor), now);
		if (!agreement.isAmendment() && tour.state() == TourState.AWAITING_SIGNATURES) {
			TourState from = tour.reopenConversation(now);
			this.tours.recordMove(tour, from, clean, actor);
		}
		if (agreement.isAmendment()) {
			// an amendment goes back to its draft: nothing to sign until it is sent again
			this.events.publishEvent(io.cocareer.shared.NoticeDone.forEveryone(TourNotices.signKey(TourId.of(tourId))));
		}
		this.agreements.flush();
		this.events.publishEvent(AuditEvent.career("tour.agreement.changesAsked", "tour", tourId,
				AuditEvent.text(tour.title()), AuditEvent.text(agreement.versionNo())));
	}

	/** Starts an amendment of the signed agreement of an active tour. @return its version number */
	public int amend(Actor actor, UUID tourId, String reason) {
		Tour tour = this.guard.participantTour(actor, tourId);
		requireOrganisation(actor, tour);
		if (!AMENDABLE.contains(tour.state())) {
			throw new BusinessRuleViolation("tour.agreement.amendOnlyActive",
					"An agreement is amended while its tour is active");
		}
		Agreement signed = this.agreements.findFirstByTourIdOrderByVersionNoDesc(tourId)
			.orElseThrow(() -> new BusinessRuleViolation("tour.agreement.none", "Write the agreement first"));
		if (signed.status() != AgreementStatus.SIGNED) {
			throw new BusinessRuleViolation("tour.agreement.amendmentOpen",
					"Amendment %d is already open".formatted(signed.versionNo()), signed.versionNo());
		}
		Agreement amendment = this.agreements.saveAndFlush(signed.amend(reason, ActedBy.of(actor),
				this.clock.instant()));
		this.events.publishEvent(AuditEvent.career("tour.agreement.amendmentStarted", "tour", tourId,
				AuditEvent.text(tour.title()), AuditEvent.text(amendment.versionNo())));
		return amendment.versionNo();
	}

	// ---- internals ---------------------------------------------------------------------------

	/** Both signed: the version's terms become the tour's, and a first agreement starts the tour. */
	private void bind(Actor actor, Tour tour, Agreement agreement, Instant now) {
		this.tours.requireCapacity(TourId.of(tour.id()), this.people.get(PersonId.ofNullable(tour.talentId())), agreement.startOn(),
				agreement.endOn(), agreement.timeShare());
		tour.applyTerms(new Tour.Terms(agreement.startOn(), agreement.endOn(), agreement.timeShare(),
				tour.checkInCadenceDays()), now);
		tour.scheduleNextConversation(agreement.nextConversationOn(), now);
		if (tour.state() == TourState.AWAITING_SIGNATURES) {
			TourState from = tour.signedByBoth(this.tours.today(), now);
			this.tours.recordMove(tour, from, null, actor);
		}
		else if (tour.dueToBegin(this.tours.today())) {
			// an amendment of a signed tour moved its start to today or before
			TourState from = tour.begin(this.tours.today(), now);
			this.tours.recordMove(tour, from, null, actor);
		}
		this.events.publishEvent(AuditEvent.career("tour.agreement.binding", "tour", tour.id(),
				AuditEvent.text(tour.title()), AuditEvent.text(agreement.versionNo())));
	}

	/** A first draft is written in conversation, an amendment while the tour is active. */
	private static boolean mayDraft(Tour tour, Agreement draft) {
		return draft.isAmendment() ? AMENDABLE.contains(tour.state()) : tour.state() == TourState.IN_CONVERSATION;
	}

	private static void requireDraftable(Tour tour, Agreement draft) {
		if ((draft == null) ? tour.state() == TourState.IN_CONVERSATION : mayDraft(tour, draft)) {
			return;
		}
		if (tour.state().finished()) {
			throw new BusinessRuleViolation("tour.finished", "A finished tour can no longer be changed");
		}
		throw new BusinessRuleViolation("tour.agreement.notInConversation",
				"The agreement is drafted while the tour is in conversation; it is %s".formatted(tour.state().label()),
				tour.state().label());
	}

	private void requireOrganisation(Actor actor, Tour tour) {
		if (!this.guard.participation(actor, tour).orElseThrow().forOrganisation()) {
			throw new PermissionDenied("tour.agreement.denied.orgOnly",
					"The manager or the talent lead writes the agreement; comment in the mission conversation");
		}
	}

	/**
	 * What a new draft starts from, ready to edit: the tour's dates and share; the scope from the
	 * mission's objective (or the work package's description), the deliverables from the package's
	 * expected results (or the mission's success measures), the learning goals from what the talent
	 * gains; and the next-tour conversation the lead time before the end.
	 */
	private AgreementTerms proposal(Tour tour) {
		MissionText mission = this.missions.latest(tour.id()).map(MissionRevision::text).orElse(null);
		PackageProfile pkg = (tour.workPackageId() != null) ? this.packages.profile(tour.workPackageId()).orElse(null)
				: null;
		String scope = firstOf((mission != null) ? mission.objective() : null, (pkg != null) ? pkg.description() : null);
		String deliverables = firstOf((pkg != null) ? pkg.expectedResults() : null,
				(mission != null) ? mission.successMeasures() : null);
		String learningGoals = (mission != null) ? mission.talentGains() : null;
		return new AgreementTerms(scope, tour.startOn(), tour.endOn(), tour.timeShare(), deliverables, learningGoals,
				null, null, null, null, null, null, null, null, defaultNextConversation(tour.startOn(), tour.endOn()));
	}

	private static String firstOf(String preferred, String otherwise) {
		return (preferred != null && !preferred.isBlank()) ? preferred : otherwise;
	}

	LocalDate defaultNextConversation(LocalDate startOn, LocalDate endOn) {
		LocalDate on = endOn.minus(this.nextConversationLeadTime);
		return on.isBefore(startOn) ? startOn : on;
	}

	/** The tour's people, and who wrote the versions shown (their signatures are kept as signed). */
	private record Names(String talent, String manager, PersonNames writers) {

	}

	/** One statement for the tour's people and the versions' writers. */
	private Names names(Tour tour, List<Agreement> shown) {
		Set<UUID> ids = new HashSet<>(Set.of(tour.talentId(), tour.managerId()));
		shown.forEach((agreement) -> {
			ids.add(agreement.createdByPersonId());
			ids.add(agreement.updatedByPersonId());
		});
		ids.remove(null);
		Map<UUID, PersonSummary> found = this.people.summaries(ids);
		return new Names(name(found, tour.talentId()), name(found, tour.managerId()), this.people.namesOf(found));
	}

	private static String name(Map<UUID, PersonSummary> names, UUID id) {
		PersonSummary person = names.get(id);
		return (person != null) ? person.fullName() : "?";
	}

	private AgreementView view(Tour tour, Agreement agreement, boolean binding, Names names) {
		Integer charterNo = agreement.charterVersionNo();
		String charterText = agreement.charterText();
		Integer missionNo = agreement.missionRevisionNo();
		MissionText mission = agreement.mission();
		if (agreement.status() == AgreementStatus.DRAFT) {
			// a draft shows what it would carry if sent now
			Optional<CharterView> charter = this.charters.latest();
			charterNo = charter.map(CharterView::versionNo).orElse(null);
			charterText = charter.map(CharterView::body).orElse(null);
			Optional<MissionRevision> latest = this.missions.latest(tour.id());
			missionNo = latest.map(MissionRevision::revisionNo).orElse(null);
			mission = latest.map(MissionRevision::text).orElse(null);
		}
		return new AgreementView(agreement.id(), tour.id(), agreement.versionNo(), agreement.status(), binding,
				agreement.amendmentReason(), tour.title(), tour.tourType(), names.talent(), names.manager(),
				agreement.terms(), charterNo, charterText, missionNo, mission, agreement.sentAt(),
				agreement.talentSignedBy(), agreement.talentSignedAt(), agreement.rofcAcknowledged(),
				agreement.managerSignedBy(), agreement.managerSignedAt(),
				names.writers().of(PersonId.ofNullable(agreement.createdByPersonId()), agreement.createdByName()), agreement.createdAt(),
				names.writers().of(PersonId.ofNullable(agreement.updatedByPersonId()), agreement.updatedByName()), agreement.updatedAt(), agreement.version(),
				(agreement.status() == AgreementStatus.DRAFT) ? agreement.missing() : List.of());
	}

}
