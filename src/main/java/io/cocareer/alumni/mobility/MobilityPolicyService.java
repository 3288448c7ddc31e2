package io.cocareer.alumni.mobility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.cocareer.alumni.mobility.internal.LineDiff;
import io.cocareer.alumni.mobility.internal.MobilityAccess;
import io.cocareer.alumni.mobility.internal.PolicyVersion;
import io.cocareer.alumni.mobility.internal.PolicyVersions;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mobility policy: written and published by the talent lead in numbered versions, every one
 * kept; read, with its history and what changed between two versions, by everyone who works or
 * worked here ({@link MobilityAccess}). Publishing is audited without the policy's words.
 */
@Service
public class MobilityPolicyService {

	public static final int MAX_TITLE = 200;

	public static final int MAX_BODY = 20000;

	public static final int MAX_WHAT_CHANGED = 2000;

	private final PolicyVersions versions;

	private final MobilityAccess access;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MobilityPolicyService(PolicyVersions versions, MobilityAccess access, PeopleDirectory people,
			ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	public boolean mayRead(Actor actor) {
		return this.access.mayReadPolicy(actor);
	}

	public boolean mayPublish(Actor actor) {
		return this.access.mayPublishPolicy(actor);
	}

	/** The version in force: the latest published; none on a fresh install. */
	@Transactional(readOnly = true)
	public Optional<PolicyVersionView> current(Actor actor) {
		this.access.requireReadPolicy(actor);
		return this.versions.findFirstByOrderByNumberDesc().map((v) -> views(List.of(v)).get(0));
	}

	/** Every published version, newest first. */
	@Transactional(readOnly = true)
	public List<PolicyVersionView> versions(Actor actor) {
		this.access.requireReadPolicy(actor);
		return views(this.versions.findAllByOrderByNumberDesc());
	}

	@Transactional(readOnly = true)
	public PolicyVersionView version(Actor actor, int number) {
		this.access.requireReadPolicy(actor);
		return views(List.of(find(number))).get(0);
	}

	/** What changed from one version to another (either order), line by line. */
	@Transactional(readOnly = true)
	public PolicyDiff diff(Actor actor, int from, int to) {
		this.access.requireReadPolicy(actor);
		List<PolicyVersionView> both = views(List.of(find(from), find(to)));
		PolicyVersionView before = both.get(0);
		PolicyVersionView after = both.get(1);
		return new PolicyDiff(before, after, LineDiff.of(LineDiff.lines(before.title(), before.body()),
				LineDiff.lines(after.title(), after.body())));
	}

	/**
	 * Publishes a new version, numbered after the current one. Refused when a field is blank or too
	 * long, and as stale when another version was published since the one the edit started from.
	 * @return the new version's number
	 */
	@Transactional
	public int publish(Actor actor, PublishPolicy policy) {
		this.access.requirePublishPolicy(actor);
		int current = this.versions.findFirstByOrderByNumberDesc().map(PolicyVersion::number).orElse(0);
		int base = (policy.baseVersion() != null) ? policy.baseVersion() : 0;
		if (base != current) {
			throw new OptimisticLockingFailureException(
					"Version %d was published since version %d was read".formatted(current, base));
		}
		String title = required(policy.title(), "title", "alumni.mobility.policy.titleRequired", "Give the policy a title",
				MAX_TITLE);
		String body = required(policy.body(), "body", "alumni.mobility.policy.bodyRequired", "Write the policy itself",
				MAX_BODY);
		String whatChanged = (policy.whatChanged() == null || policy.whatChanged().isBlank()) ? null
				: policy.whatChanged().strip();
		if (whatChanged == null && current > 0) {
			throw new InvalidInput("whatChanged", "alumni.mobility.policy.whatChangedRequired",
					"Say in a few words what this version changes");
		}
		if (whatChanged != null && whatChanged.length() > MAX_WHAT_CHANGED) {
			throw new InvalidInput("whatChanged", "alumni.mobility.policy.whatChangedTooLong",
					"At most %d characters".formatted(MAX_WHAT_CHANGED), MAX_WHAT_CHANGED);
		}
		if (current > 0) {
			PolicyVersion latest = find(current);
			if (latest.title().equals(title) && latest.body().equals(body)) {
				throw new InvalidInput("body", "alumni.mobility.policy.unchanged",
						"This is the version in force word for word: change something before you publish");
			}
		}
		PolicyVersion version = new PolicyVersion(current + 1, title, body, whatChanged,
				this.clock.instant().truncatedTo(ChronoUnit.MICROS),
				actor.personId().value());
		try {
			this.versions.saveAndFlush(version);
		}
		catch (DataIntegrityViolationException ex) {
			// another lead published the same number at the same moment: theirs stands
			throw new OptimisticLockingFailureException("Version %d was published at the same time".formatted(current + 1));
		}
		this.events.publishEvent(AuditEvent.open("alumni.mobility.policyPublished", "mobilityPolicy", version.id(),
				AuditEvent.text(version.number())));
		return version.number();
	}

	private static String required(String value, String field, String code, String message, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, code, message);
		}
		String clean = value.strip().replace("\r\n", "\n");
		if (clean.length() > max) {
			throw new InvalidInput(field, "alumni.mobility.policy.tooLong", "At most %d characters".formatted(max), max);
		}
		return clean;
	}

	private PolicyVersion find(int number) {
		return this.versions.findByNumber(number)
			.orElseThrow(() -> new NotFoundException("alumni.mobility.policy.notFound",
					"There is no version %d of the mobility policy".formatted(number), number));
	}

	private List<PolicyVersionView> views(List<PolicyVersion> found) {
		PersonNames names = this.people.names(found.stream().map(PolicyVersion::publishedBy).filter(Objects::nonNull).toList());
		return found.stream()
			.map((v) -> new PolicyVersionView(v.number(), v.title(), v.body(), v.whatChanged(), v.publishedAt(),
					LocalDate.ofInstant(v.publishedAt(), this.clock.getZone()),
					(v.publishedBy() != null) ? names.of(PersonId.of(v.publishedBy()), null) : null))
			.toList();
	}

}
