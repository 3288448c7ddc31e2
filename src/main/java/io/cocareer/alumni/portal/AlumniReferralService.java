package io.cocareer.alumni.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.portal.internal.AlumniPost;
import io.cocareer.alumni.portal.internal.AlumniPosts;
import io.cocareer.alumni.portal.internal.PortalAccess;
import io.cocareer.alumni.portal.internal.Referral;
import io.cocareer.alumni.portal.internal.Referrals;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.RecordInteraction;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates alumni refer: an alumnus refers someone for an open opportunity or role of the portal,
 * or for a role in their own words, and says why; it is logged in the register as a referral and
 * the talent lead is told. The talent lead takes it from new to in process, hired (marked hired in
 * the register) or declined, or deletes it. The candidate's name and email are read only by the
 * alumnus who referred them and the talent lead, and never reach an audit or a notice.
 */
@Service
public class AlumniReferralService {

	public static final int MAX_NAME = 160;

	public static final int MAX_EMAIL = 254;

	public static final int MAX_REFERRED_FOR = 160;

	public static final int MAX_REASON = 2000;

	/** Most referrals an alumnus makes in a day: a guard against a runaway script, not a quota. */
	public static final int MAX_PER_DAY = 20;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final Referrals referrals;

	private final AlumniPosts posts;

	private final PortalAccess access;

	private final AlumniRegister register;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlumniReferralService(Referrals referrals, AlumniPosts posts, PortalAccess access, AlumniRegister register,
			PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
		this.referrals = referrals;
		this.posts = posts;
		this.access = access;
		this.register = register;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor refers candidates: an alumnus. */
	public boolean mayRefer(Actor actor) {
		return this.access.isAlumnus(actor);
	}

	/** Whether the actor handles the referrals: the talent lead. */
	public boolean mayManageReferrals(Actor actor) {
		return this.access.mayManageReferrals(actor);
	}

	/** The alumnus' own referrals, newest first. */
	@Transactional(readOnly = true)
	public List<ReferralView> mine(Actor actor) {
		UUID me = this.access.requireAlumnus(actor);
		return views(this.referrals.findByReferrerIdOrderByCreatedAtDesc(me));
	}

	/** Every referral (of one status, if given), newest first: the talent lead's. */
	@Transactional(readOnly = true)
	public List<ReferralView> all(Actor actor, ReferralStatus status) {
		this.access.requireLead(actor);
		return views((status == null) ? this.referrals.findAllByOrderByCreatedAtDesc()
				: this.referrals.findByStatusOrderByCreatedAtDesc(status));
	}

	/** A referral, for the alumnus who made it and the talent lead; a 404 for anybody else. */
	@Transactional(readOnly = true)
	public ReferralView referral(Actor actor, UUID referralId) {
		return views(List.of(readable(actor, referralId))).get(0);
	}

	/** An alumnus refers a candidate; logged in the register as a referral, and the talent lead is told. */
	@Transactional
	public UUID refer(Actor actor, ReferCandidate command) {
		UUID me = this.access.requireAlumnus(actor);
		String name = required(command.candidateName(), "candidateName", "alumni.portal.referral.nameRequired",
				"Give the candidate's name", MAX_NAME);
		String email = required(command.candidateEmail(), "candidateEmail", "alumni.portal.referral.emailRequired",
				"Give the candidate's email", MAX_EMAIL);
		if (!EMAIL.matcher(email).matches()) {
			throw new InvalidInput("candidateEmail", "alumni.portal.referral.emailInvalid",
					"This does not look like an email address");
		}
		String referredFor;
		UUID postId = null;
		if (command.postId() != null) {
			AlumniPost post = this.posts.findById(command.postId())
				.filter((p) -> p.kind().opportunity() && p.openOn(today()))
				.orElseThrow(() -> new InvalidInput("postId", "alumni.portal.referral.postClosed",
						"Choose an open opportunity or role, or describe the role"));
			postId = post.id();
			referredFor = post.title();
		}
		else {
			referredFor = required(command.referredFor(), "referredFor", "alumni.portal.referral.forRequired",
					"Choose an opportunity or role, or describe the role", MAX_REFERRED_FOR);
		}
		String reason = required(command.reason(), "reason", "alumni.portal.referral.reasonRequired",
				"Say why you refer them", MAX_REASON);
		long today = this.referrals.findByReferrerIdOrderByCreatedAtDesc(me)
			.stream()
			.filter((r) -> LocalDate.ofInstant(r.createdAt(), this.clock.getZone()).equals(today()))
			.count();
		if (today >= MAX_PER_DAY) {
			throw new BusinessRuleViolation("alumni.portal.referral.tooMany",
					"At most %d referrals a day".formatted(MAX_PER_DAY), MAX_PER_DAY);
		}
		Referral referral = new Referral(me, postId, referredFor, name, email, reason, this.clock.instant());
		UUID interaction = this.register.recordInteraction(actor, PersonId.of(me),
				new RecordInteraction(InteractionKind.REFERRAL, today(), "Referred a candidate for " + referredFor, null));
		referral.loggedAs(interaction);
		this.referrals.save(referral);
		this.events.publishEvent(AuditEvent.career("alumni.portal.referred", "alumniReferral", referral.id(),
				AuditEvent.person(PersonId.of(me))));
		this.events.publishEvent(Notice.toRole("alumni.portal.referred", Role.TALENT_LEAD,
				"notice.alumni.portal.referred", List.of(referredFor), "/alumni/referrals",
				"alumni.portal.referred." + referral.id()));
		return referral.id();
	}

	/** The talent lead moves a referral on; hired marks the register's referral hired. */
	@Transactional
	public void move(Actor actor, UUID referralId, ReferralStatus status, long expectedVersion) {
		this.access.requireLead(actor);
		if (status == null) {
			throw new InvalidInput("status", "alumni.portal.referral.statusRequired", "Choose a status");
		}
		Referral referral = readable(actor, referralId);
		if (referral.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The referral changed since it was read");
		}
		ReferralStatus from = referral.status();
		referral.moveTo(status, this.clock.instant());
		if (status == ReferralStatus.HIRED && from != ReferralStatus.HIRED && referral.interactionId() != null) {
			this.register.markReferralHired(actor, referral.interactionId());
		}
		this.events.publishEvent(AuditEvent.career("alumni.portal.referralMoved", "alumniReferral", referral.id(),
				AuditEvent.term("alumni.portal.referralStatus." + status)));
		// the alumnus who referred is told, if they may be contacted at all
		if (from != status && this.register.contactable(PersonId.of(referral.referrerId()))) {
			this.events.publishEvent(Notice.toPeople("alumni.portal.referralMoved", Set.of(referral.referrerId()),
					"notice.alumni.portal.referralMoved." + status, List.of(referral.referredFor()), "/portal/referrals",
					"alumni.portal.referralMoved." + referral.id() + "." + status));
		}
	}

	/** The talent lead deletes a referral, with the candidate's data in it. */
	@Transactional
	public void delete(Actor actor, UUID referralId) {
		this.access.requireLead(actor);
		Referral referral = readable(actor, referralId);
		this.referrals.delete(referral);
		this.events.publishEvent(AuditEvent.career("alumni.portal.referralDeleted", "alumniReferral", referral.id()));
	}

	private Referral readable(Actor actor, UUID referralId) {
		if (!this.access.mayManageReferrals(actor)) {
			this.access.requireAlumnus(actor);
		}
		Referral referral = this.referrals.findById(referralId).orElseThrow(PortalAccess::noReferral);
		return this.access.readable(actor, referral);
	}

	private static String required(String value, String field, String code, String message, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, code, message);
		}
		if (value.strip().length() > max) {
			throw new InvalidInput(field, "alumni.portal.tooLong", "At most %d characters".formatted(max), max);
		}
		return value.strip();
	}

	private List<ReferralView> views(List<Referral> found) {
		Map<UUID, PersonSummary> names = this.people.summaries(found.stream().map(Referral::referrerId).distinct().toList());
		return found.stream()
			.map((r) -> new ReferralView(r.id(), r.referrerId(),
					names.containsKey(r.referrerId()) ? names.get(r.referrerId()).fullName() : "", r.postId(),
					r.referredFor(), r.candidateName(), r.candidateEmail(), r.reason(), r.status(), r.createdAt(),
					r.statusChangedAt(), r.version()))
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
