package io.cocareer.alumni.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.portal.internal.AlumniPost;
import io.cocareer.alumni.portal.internal.AlumniPosts;
import io.cocareer.alumni.portal.internal.PortalAccess;
import io.cocareer.alumni.portal.internal.PostInterest;
import io.cocareer.alumni.portal.internal.PostInterests;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.AlumnusRecord;
import io.cocareer.alumni.register.RecordInteraction;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.tour.TourPackages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the talent lead posts to alumni (news, collaboration opportunities, roles) and the alumni's
 * "I'm interested". A post is published the day it is written and notifies the contactable alumni
 * only ({@link AlumniRegister#contactable}); an interest is logged in the register as a contact.
 * Who reads what is {@link PortalAccess}'s. Audits say what kind of post, never its words.
 */
@Service
public class AlumniPostService {

	public static final int MAX_TITLE = 160;

	public static final int MAX_BODY = 4000;

	private static final Set<PostKind> OPPORTUNITIES = EnumSet.of(PostKind.COLLABORATION, PostKind.ROLE);

	private final AlumniPosts posts;

	private final PostInterests interests;

	private final PortalAccess access;

	private final AlumniRegister register;

	private final TourPackages packages;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlumniPostService(AlumniPosts posts, PostInterests interests, PortalAccess access, AlumniRegister register,
			TourPackages packages, PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
		this.posts = posts;
		this.interests = interests;
		this.access = access;
		this.register = register;
		this.packages = packages;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor reads posts (the portal's news and opportunities; the lead's list). */
	public boolean mayReadPosts(Actor actor) {
		return this.access.mayReadPosts(actor);
	}

	/** Whether the actor writes posts and sees who is interested: the talent lead. */
	public boolean mayManagePosts(Actor actor) {
		return this.access.mayManagePosts(actor);
	}

	/** Refuses (403) whoever is not the talent lead: the post form's page. */
	public void requireLead(Actor actor) {
		this.access.requireLead(actor);
	}

	/** Whether the actor may say they are interested: an alumnus. */
	public boolean mayExpressInterest(Actor actor) {
		return this.access.isAlumnus(actor);
	}

	// ---------------------------------------------------------------- reading

	/** Every post, newest first, with how many are interested: the talent lead's list. */
	@Transactional(readOnly = true)
	public List<PostView> all(Actor actor) {
		this.access.requireLead(actor);
		return views(actor, this.posts.findAllByOrderByPublishedOnDescCreatedAtDesc());
	}

	/** The published news, newest first. */
	@Transactional(readOnly = true)
	public List<PostView> news(Actor actor) {
		this.access.requireReader(actor);
		return views(actor, this.posts.published(EnumSet.of(PostKind.NEWS), today()));
	}

	/** The published opportunities and roles, newest first; the closed ones too (their {@code open} says so). */
	@Transactional(readOnly = true)
	public List<PostView> opportunities(Actor actor) {
		this.access.requireReader(actor);
		return views(actor, this.posts.published(OPPORTUNITIES, today()));
	}

	/** The opportunities and roles still open: what a candidate may be referred for. */
	@Transactional(readOnly = true)
	public List<PostView> openOpportunities(Actor actor) {
		return opportunities(actor).stream().filter(PostView::open).toList();
	}

	/** A post: any for the talent lead, a published one for alumni; a 404 otherwise. */
	@Transactional(readOnly = true)
	public PostView post(Actor actor, UUID postId) {
		return views(actor, List.of(readable(actor, postId))).get(0);
	}

	/** The alumni interested in a post, first first: the talent lead's alone. */
	@Transactional(readOnly = true)
	public List<InterestView> interested(Actor actor, UUID postId) {
		this.access.requireLead(actor);
		find(postId);
		List<PostInterest> found = this.interests.findByPostIdOrderByCreatedAtAsc(postId);
		Map<UUID, PersonSummary> names = this.people.summaries(found.stream().map(PostInterest::personId).toList());
		return found.stream()
			.map((i) -> new InterestView(i.personId(),
					names.containsKey(i.personId()) ? names.get(i.personId()).fullName() : "", i.createdAt()))
			.toList();
	}

	// ---------------------------------------------------------------- writing

	/** The talent lead publishes a post today; the contactable alumni are told. */
	@Transactional
	public UUID publish(Actor actor, SavePost post) {
		this.access.requireLead(actor);
		if (post.kind() == null) {
			throw new InvalidInput("kind", "alumni.portal.post.kindRequired", "Choose news, an opportunity or a role");
		}
		check(post.kind(), post);
		LocalDate today = today();
		AlumniPost stored = new AlumniPost(post.kind(), post.collaborationKind(), post.title().strip(),
				post.body().strip(), post.workPackageId(), today, post.closesOn(), actor.personId().value(),
				this.clock.instant());
		this.posts.save(stored);
		this.events.publishEvent(AuditEvent.career("alumni.portal.posted", "alumniPost", stored.id(),
				AuditEvent.term("alumni.portal.kind." + stored.kind())));
		tellAlumni(actor, stored);
		return stored.id();
	}

	/** The talent lead changes a post (its kind and the day it was published stay); nobody is told again. */
	@Transactional
	public void change(Actor actor, UUID postId, SavePost post, long expectedVersion) {
		this.access.requireLead(actor);
		AlumniPost stored = find(postId);
		if (stored.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The post changed since it was read");
		}
		check(stored.kind(), post);
		if (post.closesOn() != null && post.closesOn().isBefore(stored.publishedOn())) {
			throw new InvalidInput("closesOn", "alumni.portal.post.closesBeforePublished",
					"A post cannot close before it was published");
		}
		stored.change(post.collaborationKind(), post.title().strip(), post.body().strip(), post.workPackageId(),
				post.closesOn());
		this.events.publishEvent(AuditEvent.career("alumni.portal.postChanged", "alumniPost", stored.id(),
				AuditEvent.term("alumni.portal.kind." + stored.kind())));
	}

	/** The talent lead deletes a post with the interest in it; referrals made for it keep what they were for. */
	@Transactional
	public void delete(Actor actor, UUID postId) {
		this.access.requireLead(actor);
		AlumniPost stored = find(postId);
		this.interests.deleteAll(this.interests.findByPostIdOrderByCreatedAtAsc(postId));
		this.posts.delete(stored);
		this.events.publishEvent(AuditEvent.career("alumni.portal.postDeleted", "alumniPost", stored.id(),
				AuditEvent.term("alumni.portal.kind." + stored.kind())));
	}

	/**
	 * An alumnus says "I'm interested" in an open opportunity or role: recorded once, logged in the
	 * register as a contact, and the talent lead is told.
	 */
	@Transactional
	public void expressInterest(Actor actor, UUID postId) {
		UUID me = this.access.requireAlumnus(actor);
		AlumniPost post = readable(actor, postId);
		if (!post.kind().opportunity()) {
			throw new BusinessRuleViolation("alumni.portal.interest.news", "Interest is for opportunities and roles, not news");
		}
		if (!post.openOn(today())) {
			throw new BusinessRuleViolation("alumni.portal.interest.closed", "This opportunity is closed");
		}
		if (this.interests.findByPostIdAndPersonId(postId, me).isPresent()) {
			return;
		}
		UUID interaction = this.register.recordInteraction(actor, PersonId.of(me),
				new RecordInteraction(InteractionKind.CONTACT, today(), "Interested in: " + post.title(), null));
		this.interests.save(new PostInterest(postId, me, interaction, this.clock.instant()));
		this.events.publishEvent(AuditEvent.career("alumni.portal.interested", "alumniPost", post.id(),
				AuditEvent.person(PersonId.of(me))));
		this.events.publishEvent(Notice.toRole("alumni.portal.interested", Role.TALENT_LEAD,
				"notice.alumni.portal.interested", List.of(post.title()),
				"/alumni/posts/" + post.id(), "alumni.portal.interested." + post.id() + "." + me));
	}

	private void check(PostKind kind, SavePost post) {
		if (post.title() == null || post.title().isBlank()) {
			throw new InvalidInput("title", "alumni.portal.post.titleRequired", "Give it a title");
		}
		if (post.title().strip().length() > MAX_TITLE) {
			throw new InvalidInput("title", "alumni.portal.post.titleTooLong",
					"A title has at most %d characters".formatted(MAX_TITLE), MAX_TITLE);
		}
		if (post.body() == null || post.body().isBlank()) {
			throw new InvalidInput("body", "alumni.portal.post.bodyRequired", "Say what it is about");
		}
		if (post.body().strip().length() > MAX_BODY) {
			throw new InvalidInput("body", "alumni.portal.post.bodyTooLong",
					"A text has at most %d characters".formatted(MAX_BODY), MAX_BODY);
		}
		if (kind == PostKind.COLLABORATION && post.collaborationKind() == null) {
			throw new InvalidInput("collaborationKind", "alumni.portal.post.collaborationKindRequired",
					"Choose what kind of collaboration it is");
		}
		if (kind == PostKind.NEWS && post.closesOn() != null) {
			throw new InvalidInput("closesOn", "alumni.portal.post.newsCloses", "News does not close: leave the date empty");
		}
		if (post.closesOn() != null && post.closesOn().isBefore(today())) {
			throw new InvalidInput("closesOn", "alumni.portal.post.closesInPast", "The closing date cannot be in the past");
		}
		if (post.workPackageId() != null) {
			if (kind != PostKind.ROLE) {
				throw new InvalidInput("workPackageId", "alumni.portal.post.packageForRoles",
						"Only a role links to a work package");
			}
			if (this.packages.find(post.workPackageId()).isEmpty()) {
				throw new InvalidInput("workPackageId", "alumni.portal.post.packageUnknown", "There is no such work package");
			}
		}
	}

	/** Tells the contactable alumni of a new post: whoever withdrew consent hears nothing. */
	private void tellAlumni(Actor lead, AlumniPost post) {
		Set<UUID> contactable = this.register.all(lead)
			.stream()
			.filter(AlumnusRecord::contactable)
			.map((a) -> a.personId().value())
			.collect(Collectors.toSet());
		if (contactable.isEmpty()) {
			return;
		}
		String link = post.kind().opportunity() ? "/portal/opportunities#post-" + post.id() : "/portal/news#post-" + post.id();
		this.events.publishEvent(Notice.toPeople("alumni.portal.posted", contactable,
				"notice.alumni.portal.posted." + post.kind(), List.of(post.title()), link, "alumni.portal.posted." + post.id()));
	}

	// ---------------------------------------------------------------- lookups and views

	private AlumniPost find(UUID postId) {
		return this.posts.findById(postId).orElseThrow(AlumniPostService::noPost);
	}

	private static NotFoundException noPost() {
		return new NotFoundException("alumni.portal.post.notFound", "There is no such post");
	}

	/** A post the actor may read: any for the talent lead, a published one for alumni. */
	private AlumniPost readable(Actor actor, UUID postId) {
		this.access.requireReader(actor);
		AlumniPost post = find(postId);
		if (!this.access.mayManagePosts(actor) && post.publishedOn().isAfter(today())) {
			throw noPost();
		}
		return post;
	}

	private List<PostView> views(Actor actor, List<AlumniPost> found) {
		LocalDate today = today();
		boolean lead = this.access.mayManagePosts(actor);
		Collection<UUID> ids = found.stream().map(AlumniPost::id).toList();
		Set<UUID> mine = this.access.isAlumnus(actor)
				? this.interests.findByPersonIdOrderByCreatedAtDesc(actor.personId().value())
					.stream()
					.map(PostInterest::postId)
					.collect(Collectors.toSet())
				: Set.of();
		Map<UUID, Long> counts = (lead && !ids.isEmpty())
				? this.interests.findByPostIdIn(ids).stream().collect(Collectors.groupingBy(PostInterest::postId,
						Collectors.counting()))
				: Map.of();
		Map<UUID, String> packageTitles = found.stream()
			.map(AlumniPost::workPackageId)
			.filter((id) -> id != null)
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					(id) -> this.packages.find(id).map(TourPackages.TourPackage::title).orElse("")));
		return found.stream()
			.map((p) -> new PostView(p.id(), p.kind(), p.collaborationKind(), p.title(), p.body(), p.workPackageId(),
					(p.workPackageId() != null) ? packageTitles.get(p.workPackageId()) : null, p.publishedOn(),
					p.closesOn(), p.kind().opportunity() && p.openOn(today), mine.contains(p.id()),
					lead ? (int) (counts.getOrDefault(p.id(), 0L) + p.erasedInterest()) : 0, p.version()))
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
