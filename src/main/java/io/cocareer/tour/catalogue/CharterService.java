package io.cocareer.tour.catalogue;

import java.time.Clock;
import java.util.List;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.shared.ActedBy;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.catalogue.internal.CharterVersion;
import io.cocareer.tour.catalogue.internal.CharterVersionRepository;
import io.cocareer.tour.internal.TourGuard;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme charter: the alliance's terms in the organisation's own words. Everyone on the
 * staff reads it (it is meant to be said openly); only the talent lead writes it, and every
 * save is a new version, so earlier wordings stay readable.
 */
@Service
@Transactional
public class CharterService {

	private final CharterVersionRepository versions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TourGuard guard;

	private final PeopleDirectory people;

	CharterService(CharterVersionRepository versions, ApplicationEventPublisher events, Clock clock, TourGuard guard,
			PeopleDirectory people) {
		this.guard = guard;
		this.people = people;
		this.versions = versions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CharterView current(Actor actor) {
		this.guard.requireStaff(actor);
		return this.versions.findFirstByOrderByVersionNoDesc()
			.map((version) -> view(version, version.versionNo(), names(List.of(version))))
			.orElseThrow(() -> new NotFoundException("tour.charter.notFound", "There is no charter yet"));
	}

	@Transactional(readOnly = true)
	public CharterView version(Actor actor, int versionNo) {
		this.guard.requireStaff(actor);
		int latest = latestNo();
		return this.versions.findById(versionNo)
			.map((version) -> view(version, latest, names(List.of(version))))
			.orElseThrow(() -> new NotFoundException("tour.charter.versionNotFound",
					"The charter has no version %d".formatted(versionNo), versionNo));
	}

	/**
	 * The current version, whoever asks: the agreement carries it (the charter is said openly to
	 * the staff, who alone reach an agreement).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<CharterView> latest() {
		return this.versions.findFirstByOrderByVersionNoDesc()
			.map((version) -> view(version, version.versionNo(), names(List.of(version))));
	}

	/** Every version, the newest first. */
	@Transactional(readOnly = true)
	public List<CharterView> history(Actor actor) {
		this.guard.requireStaff(actor);
		int latest = latestNo();
		List<CharterVersion> all = this.versions.findAllByOrderByVersionNoDesc();
		PersonNames names = names(all);
		return all.stream().map((version) -> view(version, latest, names)).toList();
	}

	/** Whether the actor may revise the charter ({@code TourGuard}): the page's {@code mayReviseCharter}. */
	public boolean mayRevise(Actor actor) {
		return this.guard.mayReviseCharter(actor);
	}

	/** Refuses whoever may not revise the charter: the edit form asks before it is shown. */
	public void requireMayRevise(Actor actor) {
		if (!mayRevise(actor)) {
			throw new PermissionDenied("tour.denied.charterLeadOnly", "Only the talent lead changes the charter");
		}
	}

	/**
	 * Saves a new version; {@code expectedVersionNo} is the version the writer started from,
	 * so that two leads editing at once do not silently overwrite each other.
	 */
	public CharterView revise(Actor actor, String body, Integer expectedVersionNo) {
		requireMayRevise(actor);
		CharterVersion previous = this.versions.findFirstByOrderByVersionNoDesc().orElse(null);
		int currentNo = (previous != null) ? previous.versionNo() : 0;
		if (expectedVersionNo != null && expectedVersionNo != currentNo) {
			throw new OptimisticLockingFailureException(
					"The charter is at version %d, not %d".formatted(currentNo, expectedVersionNo));
		}
		CharterVersion next = this.versions.saveAndFlush(
				CharterVersion.after(previous, body, ActedBy.of(actor), this.clock.instant()));
		this.events.publishEvent(AuditEvent.open("tour.charter.revised", "charter", next.versionNo(),
				AuditEvent.text(next.versionNo())));
		return view(next, next.versionNo(), names(List.of(next)));
	}

	private int latestNo() {
		return this.versions.findFirstByOrderByVersionNoDesc().map(CharterVersion::versionNo).orElse(0);
	}

	/** The authors' names as they are now: one statement for all the versions. */
	private PersonNames names(List<CharterVersion> versions) {
		return this.people.names(versions.stream().map(CharterVersion::authorPersonId).toList());
	}

	private static CharterView view(CharterVersion version, int latest, PersonNames names) {
		return new CharterView(version.versionNo(), version.body(),
				names.of(PersonId.ofNullable(version.authorPersonId()), version.author()), version.createdAt(),
				version.versionNo() == latest);
	}

}
