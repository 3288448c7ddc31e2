package io.cocareer.alumni.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ContactConsent;
import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.register.internal.AlumniFactsQuery;
import io.cocareer.alumni.register.internal.AlumniInteraction;
import io.cocareer.alumni.register.internal.AlumniInteractions;
import io.cocareer.alumni.register.internal.AlumniTiers;
import io.cocareer.alumni.register.internal.Alumni;
import io.cocareer.alumni.register.internal.Alumnus;
import io.cocareer.alumni.register.internal.RegisterAccess;
import io.cocareer.notification.NotificationService;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alumni register's API. The reads without an actor are for the other alumni modules, behind
 * their own access policies (ArchitectureTests lists them as trusted); everything else is told who
 * asks and asks {@link RegisterAccess}.
 */
@Service
@Transactional
public class AlumniRegister {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final int SUMMARY_MAX = 500;

	private final Alumni alumni;

	private final AlumniInteractions interactions;

	private final AlumniFactsQuery facts;

	private final RegisterAccess access;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final NotificationService notifications;

	private final Clock clock;

	AlumniRegister(Alumni alumni, AlumniInteractions interactions, AlumniFactsQuery facts, RegisterAccess access,
			PeopleDirectory people, NotificationService notifications, ApplicationEventPublisher events, Clock clock) {
		this.notifications = notifications;
		this.alumni = alumni;
		this.interactions = interactions;
		this.facts = facts;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Trusted: the alumnus' record, if they are one. */
	@Transactional(readOnly = true)
	public Optional<AlumnusRecord> record(PersonId personId) {
		return this.alumni.findById(personId.value()).map(this::view);
	}

	/** Trusted: the records of these people who are alumni, in one statement (a page of the directory). */
	@Transactional(readOnly = true)
	public Map<PersonId, AlumnusRecord> records(java.util.Collection<PersonId> personIds) {
		Map<PersonId, AlumnusRecord> records = new java.util.HashMap<>();
		this.alumni.findAllById(personIds.stream().map(PersonId::value).toList())
			.forEach((alumnus) -> records.put(PersonId.of(alumnus.personId()), view(alumnus)));
		return records;
	}

	/** Whether anyone may write to them now: consent given and not withdrawn, not working here again. */
	@Transactional(readOnly = true)
	public boolean contactable(PersonId personId) {
		return this.alumni.findById(personId.value()).map(Alumnus::contactable).orElse(false);
	}

	/** Trusted: their interactions log, newest first. */
	@Transactional(readOnly = true)
	public List<InteractionView> interactions(PersonId personId) {
		List<AlumniInteraction> log = this.interactions.findByPersonIdOrderByOccurredOnDescIdDesc(personId.value());
		PersonNames names = this.people.names(log.stream().map(AlumniInteraction::recordedBy)
			.filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		return log.stream()
			.map((entry) -> new InteractionView(entry.id(), PersonId.of(entry.personId()), entry.kind(),
					entry.occurredOn(), entry.summary(), entry.valueCents(), entry.hired(),
					(entry.recordedBy() != null) ? names.of(PersonId.of(entry.recordedBy()), null) : null))
			.toList();
	}

	/** Trusted: every alumnus with their interactions summed, in one statement, for the review. */
	@Transactional(readOnly = true)
	public List<AlumnusFacts> facts() {
		return this.facts.all(today());
	}

	/**
	 * Trusted: every alumnus with their interactions summed, and those of {@code [from, to]} too,
	 * in one statement, for the review over a period.
	 */
	@Transactional(readOnly = true)
	public List<PeriodFacts> factsBetween(LocalDate from, LocalDate to) {
		return this.facts.between(today(), from, to);
	}

	/** The alumnus' own record. */
	@Transactional(readOnly = true)
	public Optional<AlumnusRecord> mine(Actor alumnus) {
		return record(this.access.requireAlumnus(alumnus));
	}

	/** Every alumnus, most recent leavers first: the talent lead's. */
	@Transactional(readOnly = true)
	public List<AlumnusRecord> all(Actor talentLead) {
		this.access.requireTalentLead(talentLead);
		Map<PersonId, AlumniTier> tiers = this.facts.all(today()).stream()
			.collect(Collectors.toMap(AlumnusFacts::personId, AlumnusFacts::tier));
		return this.alumni.findAllByOrderByLeftOnDesc().stream()
			.map((alumnus) -> view(alumnus, tiers.get(PersonId.of(alumnus.personId()))))
			.toList();
	}

	/**
	 * Logs an interaction: the talent lead any alumnus', an alumnus their own events, referrals and
	 * contacts. An alumnus the actor may not see does not exist for them (404).
	 */
	public UUID recordInteraction(Actor actor, PersonId alumnusId, RecordInteraction command) {
		Alumnus alumnus = this.alumni.findById(alumnusId.value())
			.filter((found) -> this.access.mayReadAll(actor) || actor.isPerson(alumnusId))
			.orElseThrow(() -> new NotFoundException("alumni.register.notFound", "No such alumnus"));
		if (command.kind() == null) {
			throw new InvalidInput("kind", "alumni.register.interaction.kindRequired", "Choose what kind of interaction it was");
		}
		if (!this.access.mayRecord(actor, alumnusId, command.kind())) {
			throw new PermissionDenied("alumni.register.interaction.denied",
					"Only the talent lead logs collaborations; alumni log their own events, referrals and contacts");
		}
		validate(alumnus, command);
		if (AlumniTiers.TAKING_PART.contains(command.kind())) {
			alumnus.tookPart(command.occurredOn());
		}
		AlumniInteraction entry = this.interactions.save(new AlumniInteraction(alumnusId.value(), command.kind(),
				command.occurredOn(), command.summary().strip(),
				(command.kind() == InteractionKind.COLLABORATION) ? command.valueCents() : null,
				(actor.personId() != null) ? actor.personId().value() : null, this.clock.instant()));
		this.events.publishEvent(AuditEvent.career("alumni.register.interactionRecorded", "alumnus", alumnusId.value(),
				AuditEvent.term("alumni.interaction.kind." + command.kind()), AuditEvent.person(alumnusId)));
		return entry.id();
	}

	private void validate(Alumnus alumnus, RecordInteraction command) {
		if (command.occurredOn() == null) {
			throw new InvalidInput("occurredOn", "alumni.register.interaction.dateRequired", "Say when it happened");
		}
		if (command.occurredOn().isAfter(today())) {
			throw new InvalidInput("occurredOn", "alumni.register.interaction.future", "It cannot have happened after today");
		}
		if (command.occurredOn().isBefore(alumnus.leftOn())) {
			throw new InvalidInput("occurredOn", "alumni.register.interaction.beforeExit",
					"It happened before they left on {0}: the log starts at their exit", alumnus.leftOn());
		}
		if (command.summary() == null || command.summary().isBlank()) {
			throw new InvalidInput("summary", "alumni.register.interaction.summaryRequired", "Say in a few words what happened");
		}
		if (command.summary().strip().length() > SUMMARY_MAX) {
			throw new InvalidInput("summary", "alumni.register.interaction.summaryTooLong",
					"Keep it to {0} characters", SUMMARY_MAX);
		}
		if (command.valueCents() != null && command.valueCents() < 0) {
			throw new InvalidInput("valueCents", "alumni.register.interaction.negativeValue", "A value is zero or more");
		}
	}

	/** The talent lead marks a referral as hired. */
	public void markReferralHired(Actor talentLead, UUID interactionId) {
		this.access.requireTalentLead(talentLead);
		AlumniInteraction entry = this.interactions.findById(interactionId)
			.orElseThrow(() -> new NotFoundException("alumni.register.interaction.notFound", "No such interaction"));
		if (entry.kind() != InteractionKind.REFERRAL) {
			throw new InvalidInput("kind", "alumni.register.interaction.notAReferral", "Only a referral can be hired");
		}
		entry.markHired();
		this.events.publishEvent(AuditEvent.career("alumni.register.referralHired", "alumnus", entry.personId(),
				AuditEvent.person(PersonId.of(entry.personId()))));
	}

	/**
	 * The alumnus changes what they agreed to, or withdraws it ({@code null}): from the withdrawal
	 * on, nobody writes to them and they leave the directory ({@link AlumniConsentWithdrawn}).
	 */
	public void changeConsent(Actor alumnusActor, @Nullable ContactConsent consent) {
		PersonId me = this.access.requireAlumnus(alumnusActor);
		Alumnus alumnus = this.alumni.findById(me.value())
			.orElseThrow(() -> new NotFoundException("alumni.register.notFound", "You have no alumni record yet"));
		if (consent == null) {
			boolean wasContactable = alumnus.contactable();
			alumnus.withdrawConsent(this.clock.instant());
			// a mail queued before the withdrawal would still reach them after it
			this.notifications.stopUnsentMail(me, "consent withdrawn");
			if (wasContactable) {
				this.events.publishEvent(AuditEvent.career("alumni.register.consentWithdrawn", "alumnus", me.value(),
						AuditEvent.person(me)));
				this.events.publishEvent(new AlumniConsentWithdrawn(me, today()));
			}
			return;
		}
		alumnus.consent(requireValid(consent));
		this.events.publishEvent(AuditEvent.career("alumni.register.consentGiven", "alumnus", me.value(),
				AuditEvent.person(me)));
	}

	private ContactConsent requireValid(ContactConsent consent) {
		if (consent.email() == null || !EMAIL.matcher(consent.email().strip()).matches()) {
			throw new InvalidInput("email", "alumni.register.consent.email", "Give an email address we may write to");
		}
		if (consent.channels().isEmpty()) {
			throw new InvalidInput("channels", "alumni.register.consent.channel",
					"Choose at least one way we may contact you, or withdraw your consent");
		}
		if (consent.cadence() == null) {
			throw new InvalidInput("cadence", "alumni.register.consent.cadence", "Choose how often we may contact you");
		}
		return new ContactConsent(consent.email().strip(), consent.channels(), consent.cadence(), this.clock.instant());
	}

	/** The talent lead invites an alumnus to the distinguished tier, or ends it. */
	public void setDistinguished(Actor talentLead, PersonId alumnusId, boolean distinguished) {
		this.access.requireTalentLead(talentLead);
		Alumnus alumnus = this.alumni.findById(alumnusId.value())
			.orElseThrow(() -> new NotFoundException("alumni.register.notFound", "No such alumnus"));
		alumnus.distinguish(distinguished ? today() : null);
		this.events.publishEvent(AuditEvent.career(distinguished ? "alumni.register.distinguished"
				: "alumni.register.undistinguished", "alumnus", alumnusId.value(), AuditEvent.person(alumnusId)));
	}

	/**
	 * Who is in the tier today, by the same rules in SQL: for the talent lead's directory filter
	 * over every alumnus, one statement on the register's rows alone.
	 */
	@Transactional(readOnly = true)
	public java.util.Set<PersonId> inTier(Actor talentLead, AlumniTier tier) {
		this.access.requireTalentLead(talentLead);
		return this.facts.inTier(tier, today());
	}

	/** The message keys of the tier rules, highest tier first. */
	public List<String> tierRuleKeys() {
		return AlumniTiers.RULE_KEYS;
	}

	private AlumnusRecord view(Alumnus alumnus) {
		return view(alumnus, AlumniTiers.tierOf(alumnus.distinguishedSince(), alumnus.lastTakingPartOn(),
				alumnus.contactable(), today()));
	}

	private AlumnusRecord view(Alumnus alumnus, AlumniTier tier) {
		return new AlumnusRecord(PersonId.of(alumnus.personId()), alumnus.leftOn(), alumnus.reasonCode(),
				alumnus.reasonKind(), alumnus.eligibility(), alumnus.consentGiven(), alumnus.consentWithdrawnAt(), tier,
				alumnus.distinguishedSince(), alumnus.rehiredOn(), alumnus.leftAgainOn());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
