package io.cocareer.talent.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.talent.AssessedCompetencies;
import io.cocareer.talent.DesignationView;
import io.cocareer.talent.MatchingProfile;
import io.cocareer.talent.NoteView;
import io.cocareer.talent.TalentNotFoundException;
import io.cocareer.talent.TalentProfileView;
import io.cocareer.talent.TalentProfiles;
import io.cocareer.talent.competency.CompetencyService;
import io.cocareer.talent.internal.TalentGuard;
import io.cocareer.talent.internal.TalentReadModel;
import io.cocareer.talent.profile.internal.ProfileNote;
import io.cocareer.talent.profile.internal.ProfileNoteRepository;
import io.cocareer.talent.profile.internal.ProfileReadModel;
import io.cocareer.talent.profile.internal.TalentProfile;
import io.cocareer.talent.profile.internal.TalentProfileRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talent profiles (ranked values, aspirations, desired roles, competencies from the catalogue,
 * potential, discoverability) and the notes on them, and what matching reads of them. Who may
 * read and write them is {@link TalentGuard}'s to say: a profile is read by the talent, their
 * direct manager and the talent lead, and does not exist (404) for anyone else; only the talent
 * writes it; the manager and the talent lead write notes, which the talent reads too.
 */
@Service
@Transactional
public class TalentProfileService implements TalentProfiles, AssessedCompetencies {

	private final TalentProfileRepository profiles;

	private final ProfileNoteRepository notes;

	private final ProfileReadModel reads;

	private final TalentReadModel talents;

	private final CompetencyService catalogue;

	private final TalentGuard guard;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TalentProfileService(TalentProfileRepository profiles, ProfileNoteRepository notes, ProfileReadModel reads,
			TalentReadModel talents, CompetencyService catalogue, TalentGuard guard, PeopleDirectory people,
			ApplicationEventPublisher events, Clock clock) {
		this.profiles = profiles;
		this.notes = notes;
		this.reads = reads;
		this.talents = talents;
		this.catalogue = catalogue;
		this.guard = guard;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** The profile, if the actor may see it; otherwise, and if there is none, a 404. */
	@Transactional(readOnly = true)
	public TalentProfileView profile(Actor actor, UUID personId) {
		return findProfile(actor, PersonId.of(personId)).orElseThrow(() -> new TalentNotFoundException(PersonId.of(personId)));
	}

	/**
	 * The profile, if there is one and the actor may see it; empty otherwise, for the screens
	 * that show a profile beside something else. Empty rather than thrown, so a caller's
	 * transaction is not marked for rollback by an absence it expects.
	 */
	@Transactional(readOnly = true)
	@Override
	public Optional<TalentProfileView> findProfile(Actor actor, PersonId talent) {
		if (talent == null) {
			return Optional.empty();
		}
		UUID personId = talent.value();
		TalentGuard.Reading reading = this.guard.reading(actor, personId);
		if (!reading.reads()) {
			return Optional.empty();
		}
		boolean self = reading.self();
		Optional<DesignationView> designation = this.talents.designation(personId, today());
		Optional<ProfileReadModel.ProfileRow> profile = this.reads.profile(personId);
		// a talent without a profile yet sees an empty one to start from; for others it does not exist
		if (designation.isEmpty() && profile.isEmpty() && !(self && this.guard.mayStartProfile(actor))) {
			return Optional.empty();
		}
		Optional<PersonView> found = this.people.find(PersonId.ofNullable(personId));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		PersonView person = found.get();
		ProfileReadModel.ProfileRow row = profile
			.orElse(new ProfileReadModel.ProfileRow(null, null, null, null, null, null, 0, false));
		boolean hasProfile = profile.isPresent();
		return Optional.of(new TalentProfileView(person, designation.orElse(null),
				hasProfile ? this.reads.values(personId) : List.of(), row.shortTermAspiration(),
				row.longTermAspiration(), hasProfile ? this.reads.desiredRoles(personId) : List.of(),
				row.personalBrand(), row.potentialStatement(),
				hasProfile ? this.reads.competencies(personId) : List.of(), notesOf(personId),
				row.updatedAt(), row.updatedBy(), row.version(), self && this.guard.mayKeepProfile(actor, designation),
				reading.writesNotes(), reading.managesDesignation(), row.discoverable()));
	}

	/**
	 * Where "my profile" is: the actor's own person id when they have a profile or a
	 * designation, empty otherwise (the page then explains, and offers to start one).
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> ownProfile(Actor actor) {
		if (actor.personId() == null) {
			return Optional.empty();
		}
		UUID id = PersonId.valueOf(actor.personId());
		boolean exists = this.talents.hasProfile(id) || this.talents.hasDesignation(id);
		return exists ? Optional.of(id) : Optional.empty();
	}

	/** Whether the actor may start a profile of their own: everyone with the talent role may. */
	public boolean mayStartProfile(Actor actor) {
		return this.guard.mayStartProfile(actor);
	}

	/**
	 * Starts the empty profile of someone the talent lead designates, if they have none yet, in the
	 * designation's transaction (see {@code TalentPoolService#designate}).
	 */
	public void startOnDesignation(Actor lead, PersonId personId) {
		this.guard.requireLead(lead);
		if (!this.profiles.existsById(personId.value())) {
			this.profiles.save(TalentProfile.empty(personId.value(), lead.username(), this.clock.instant()));
		}
	}

	/** The talent writes their own profile (and starts it, if they have none yet). */
	public void reviseProfile(Actor actor, UUID personId, ProfileRevision revision) {
		TalentProfile profile = ownProfileIfAny(actor, personId);
		if (profile == null) {
			if (revision.expectedVersion() != 0) {
				throw new OptimisticLockingFailureException("Profile %s does not exist yet".formatted(personId));
			}
			profile = TalentProfile.empty(personId, actor.username(), this.clock.instant());
			profile.revise(revision, this.catalogue.catalogueIds(), actor.username(), this.clock.instant());
			this.profiles.save(profile);
		}
		else {
			if (profile.version() != revision.expectedVersion()) {
				throw new OptimisticLockingFailureException("Profile %s changed in the meantime".formatted(personId));
			}
			profile.revise(revision, this.catalogue.catalogueIds(), actor.username(), this.clock.instant());
		}
		this.events.publishEvent(AuditEvent.career("talent.profile.updated", "talent", personId,
				AuditEvent.person(PersonId.of(personId))));
	}

	/**
	 * The talent's choice whether creators and sponsors of work packages may find them among the
	 * best candidates (with their name, title, unit, score and how their levels cover what the
	 * package needs; never their aspirations, values or notes). Only the talent chooses; a talent
	 * without a profile yet starts one.
	 */
	public void chooseDiscoverability(Actor actor, UUID personId, boolean discoverable) {
		TalentProfile profile = ownProfileIfAny(actor, personId);
		if (profile == null) {
			profile = this.profiles.save(TalentProfile.empty(personId, actor.username(), this.clock.instant()));
		}
		profile.chooseDiscoverability(discoverable, actor.username(), this.clock.instant());
		this.events.publishEvent(AuditEvent.career(
				discoverable ? "talent.profile.discoverable" : "talent.profile.undiscoverable", "talent", personId,
				AuditEvent.person(PersonId.of(personId))));
	}

	/**
	 * The actor's own profile, {@code null} if they have none yet; refuses anyone but the person,
	 * and a person who may keep no profile.
	 */
	private TalentProfile ownProfileIfAny(Actor actor, UUID personId) {
		this.guard.requireSelf(actor, personId);
		Optional<DesignationView> designation = this.talents.designation(personId, today());
		if (!this.guard.mayKeepProfile(actor, designation)) {
			throw new PermissionDenied("talent.denied.noProfile", "Only talents keep a profile");
		}
		return this.profiles.findById(personId).orElse(null);
	}

	/**
	 * The talent lead records a level an assessment established (an assessment centre's consensus)
	 * with its evidence: the profile's own rules hold, the talent keeps writing the rest of it. The
	 * audit entry names the talent, never the level or the evidence.
	 */
	@Override
	public void recordAssessedLevel(Actor lead, PersonId talent, UUID competencyId, int level, String evidence) {
		this.guard.requireLead(lead);
		if (talent == null || this.people.find(talent).isEmpty()) {
			throw new TalentNotFoundException(talent);
		}
		UUID personId = talent.value();
		TalentProfile profile = this.profiles.findById(personId).orElse(null);
		if (profile == null) {
			profile = this.profiles.save(TalentProfile.empty(personId, lead.username(), this.clock.instant()));
		}
		profile.assess(competencyId, level, evidence, this.catalogue.catalogueIds(), lead.username(),
				this.clock.instant());
		this.events.publishEvent(AuditEvent.career("talent.profile.competencyAssessed", "talent", personId,
				AuditEvent.person(talent)));
	}

	/** How much of the profile is filled in, 0 to 100 (for home pages). */
	@Transactional(readOnly = true)
	public int profileCompleteness(UUID personId) {
		return Math.round(this.reads.filledParts(personId) * 100f / 7);
	}

	// ---- notes -------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<NoteView> notes(Actor actor, UUID personId) {
		this.guard.requireReadable(actor, personId);
		return notesOf(personId);
	}

	/** The notes with their authors' names as they are now: two statements. */
	private List<NoteView> notesOf(UUID personId) {
		List<ProfileReadModel.NoteRow> rows = this.reads.notes(personId);
		Map<UUID, String> names = new LinkedHashMap<>();
		this.people.summaries(rows.stream().map(ProfileReadModel.NoteRow::authorPersonId).filter(Objects::nonNull).toList())
			.forEach((id, person) -> names.put(id, person.fullName()));
		return rows.stream().map((row) -> row.view(names)).toList();
	}

	public UUID addNote(Actor actor, UUID personId, String body) {
		boolean self = this.guard.requireReadable(actor, personId);
		if (self) {
			throw new PermissionDenied("talent.denied.noteOnSelf", "Notes are written by the manager or the talent lead");
		}
		ProfileNote note = this.notes.save(ProfileNote.write(personId, AccountId.valueOf(actor.accountId()), PersonId.valueOf(actor.personId()),
				actor.displayName(), body, this.clock.instant()));
		this.events.publishEvent(AuditEvent.career("talent.note.added", "talent", personId, AuditEvent.person(PersonId.of(personId))));
		return note.id();
	}

	// ---- reads for matching ------------------------------------------------------------------

	/**
	 * The active pool as matching needs it: per talent, the levels in the given competencies (the
	 * ones a work package requires; a talent without any of them has no levels) and the
	 * aspiration texts. Two statements whatever the size of the pool.
	 * <p>
	 * For matching only. It checks no actor, because it reads the pool to score it, not to show
	 * profiles: its one caller is the tour module's {@code MatchingService}, which lets only the
	 * talent lead and a package's creator or sponsor rank candidates, and shows them scores and
	 * reasons (levels covered, gaps, shared aspiration words), never the profile. Anything that
	 * would show these records to someone else must go through {@link #profile} instead.
	 * {@code MatchingReadAccessTests} keeps other callers out.
	 */
	@Transactional(readOnly = true)
	@Override
	public List<MatchingProfile> matchingPool(Collection<UUID> competencyIds) {
		return this.reads.matchingPool(competencyIds);
	}

	/**
	 * One person's levels in all their competencies and their aspiration texts (empty without a
	 * profile), for matching only, as {@link #matchingPool}: its caller ranks packages for the
	 * person themself, their manager and the talent lead, who may read the profile anyway.
	 */
	@Transactional(readOnly = true)
	@Override
	public MatchingProfile matchingProfile(PersonId personId) {
		return this.reads.matchingProfile(personId.value());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
