package io.cocareer.tour;

import java.time.Clock;
import java.util.List;

import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.tour.internal.CharterVersion;
import io.cocareer.tour.internal.CharterVersionRepository;
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

	CharterService(CharterVersionRepository versions, ApplicationEventPublisher events, Clock clock, TourGuard guard) {
		this.guard = guard;
		this.versions = versions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CharterView current(Actor actor) {
		this.guard.requireStaff(actor);
		return this.versions.findFirstByOrderByVersionNoDesc()
			.map((version) -> view(version, version.versionNo()))
			.orElseThrow(() -> new NotFoundException("tour.charter.notFound", "There is no charter yet"));
	}

	@Transactional(readOnly = true)
	public CharterView version(Actor actor, int versionNo) {
		this.guard.requireStaff(actor);
		int latest = latestNo();
		return this.versions.findById(versionNo)
			.map((version) -> view(version, latest))
			.orElseThrow(() -> new NotFoundException("tour.charter.versionNotFound",
					"The charter has no version %d".formatted(versionNo), versionNo));
	}

	/** Every version, the newest first. */
	@Transactional(readOnly = true)
	public List<CharterView> history(Actor actor) {
		this.guard.requireStaff(actor);
		int latest = latestNo();
		return this.versions.findAllByOrderByVersionNoDesc().stream().map((version) -> view(version, latest)).toList();
	}

	/** Whether the actor may revise the charter ({@code TourGuard}): the page's {@code mayReviseCharter}. */
	public boolean mayRevise(Actor actor) {
		return this.guard.mayReviseCharter(actor);
	}

	/**
	 * Saves a new version; {@code expectedVersionNo} is the version the writer started from,
	 * so that two leads editing at once do not silently overwrite each other.
	 */
	public CharterView revise(Actor actor, String body, Integer expectedVersionNo) {
		if (!mayRevise(actor)) {
			throw new PermissionDenied("tour.denied.charterLeadOnly", "Only the talent lead changes the charter");
		}
		CharterVersion previous = this.versions.findFirstByOrderByVersionNoDesc().orElse(null);
		int currentNo = (previous != null) ? previous.versionNo() : 0;
		if (expectedVersionNo != null && expectedVersionNo != currentNo) {
			throw new OptimisticLockingFailureException(
					"The charter is at version %d, not %d".formatted(currentNo, expectedVersionNo));
		}
		CharterVersion next = this.versions.saveAndFlush(
				CharterVersion.after(previous, body, actor.displayName(), this.clock.instant()));
		this.events.publishEvent(AuditEvent.open("tour.charter.revised", "charter", next.versionNo(),
				AuditEvent.text(next.versionNo())));
		return view(next, next.versionNo());
	}

	private int latestNo() {
		return this.versions.findFirstByOrderByVersionNoDesc().map(CharterVersion::versionNo).orElse(0);
	}

	private static CharterView view(CharterVersion version, int latest) {
		return new CharterView(version.versionNo(), version.body(), version.author(), version.createdAt(),
				version.versionNo() == latest);
	}

}
