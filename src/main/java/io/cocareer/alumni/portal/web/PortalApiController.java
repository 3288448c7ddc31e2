package io.cocareer.alumni.portal.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.alumni.CollaborationKind;
import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.portal.AlumniPortalService;
import io.cocareer.alumni.portal.AlumniPostService;
import io.cocareer.alumni.portal.AlumniReferralService;
import io.cocareer.alumni.portal.AlumnusData;
import io.cocareer.alumni.portal.InterestView;
import io.cocareer.alumni.portal.PostKind;
import io.cocareer.alumni.portal.PostView;
import io.cocareer.alumni.portal.ReferCandidate;
import io.cocareer.alumni.portal.ReferralStatus;
import io.cocareer.alumni.portal.ReferralView;
import io.cocareer.alumni.portal.SavePost;
import io.cocareer.alumni.register.AlumnusRecord;
import io.cocareer.shared.Actor;
import io.cocareer.tour.TourRecord;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The alumni portal over JSON: the talent lead's posts and the alumni's interest
 * ({@code /alumni/posts}), referrals (the alumnus' {@code /me/alumni-referrals}, the lead's
 * {@code /alumni/referrals}), and the alumnus' own consent, data, erasure and career record
 * ({@code /me/...}). Its schemas are {@code AlumniPortal…}.
 */
@RestController
@RequestMapping("/api/v1")
class PortalApiController {

	private final AlumniPostService posts;

	private final AlumniReferralService referrals;

	private final AlumniPortalService portal;

	private final CareerRecordPdf pdf;

	PortalApiController(AlumniPostService posts, AlumniReferralService referrals, AlumniPortalService portal,
			CareerRecordPdf pdf) {
		this.posts = posts;
		this.referrals = referrals;
		this.portal = portal;
		this.pdf = pdf;
	}

	// ---------------------------------------------------------------- posts

	/** The posts: all of them for the talent lead, the published ones for alumni; of one kind if given. */
	@GetMapping("/alumni/posts")
	List<PostResponse> posts(Actor actor, @RequestParam(required = false) @Nullable PostKind kind) {
		List<PostView> found = this.posts.mayManagePosts(actor) ? this.posts.all(actor)
				: concat(this.posts.news(actor), this.posts.opportunities(actor));
		return found.stream().filter((p) -> kind == null || p.kind() == kind).map(PostResponse::of).toList();
	}

	/** The talent lead publishes a post today; the contactable alumni are told. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/alumni/posts")
	ResponseEntity<PostResponse> publish(Actor actor, @Valid @RequestBody PostRequest request) {
		UUID id = this.posts.publish(actor, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/alumni/posts/" + id)).body(post(actor, id));
	}

	@GetMapping("/alumni/posts/{postId}")
	PostResponse post(Actor actor, @PathVariable UUID postId) {
		return PostResponse.of(this.posts.post(actor, postId));
	}

	/** The talent lead changes a post (its kind and publication date stay). */
	@PutMapping("/alumni/posts/{postId}")
	PostResponse change(Actor actor, @PathVariable UUID postId, @Valid @RequestBody ChangePostRequest request) {
		this.posts.change(actor, postId, request.toCommand(), request.version());
		return post(actor, postId);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/alumni/posts/{postId}")
	void delete(Actor actor, @PathVariable UUID postId) {
		this.posts.delete(actor, postId);
	}

	/** Who is interested in a post: the talent lead's. */
	@GetMapping("/alumni/posts/{postId}/interest")
	List<InterestResponse> interested(Actor actor, @PathVariable UUID postId) {
		return this.posts.interested(actor, postId).stream().map(InterestResponse::of).toList();
	}

	/** An alumnus says "I'm interested" in an open opportunity or role (once; again is no change). */
	@PostMapping("/alumni/posts/{postId}/interest")
	PostResponse expressInterest(Actor actor, @PathVariable UUID postId) {
		this.posts.expressInterest(actor, postId);
		return post(actor, postId);
	}

	// ---------------------------------------------------------------- referrals

	@GetMapping("/me/alumni-referrals")
	List<ReferralResponse> myReferrals(Actor actor) {
		return this.referrals.mine(actor).stream().map(ReferralResponse::of).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/me/alumni-referrals")
	ResponseEntity<ReferralResponse> refer(Actor actor, @Valid @RequestBody ReferralRequest request) {
		UUID id = this.referrals.refer(actor, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/me/alumni-referrals/" + id)).body(referral(actor, id));
	}

	@GetMapping({ "/me/alumni-referrals/{referralId}", "/alumni/referrals/{referralId}" })
	ReferralResponse referral(Actor actor, @PathVariable UUID referralId) {
		return ReferralResponse.of(this.referrals.referral(actor, referralId));
	}

	/** Every referral (of one status, if given): the talent lead's. */
	@GetMapping("/alumni/referrals")
	List<ReferralResponse> referrals(Actor actor, @RequestParam(required = false) @Nullable ReferralStatus status) {
		return this.referrals.all(actor, status).stream().map(ReferralResponse::of).toList();
	}

	/** The talent lead moves a referral on (hired marks it hired in the register). */
	@PutMapping("/alumni/referrals/{referralId}/status")
	ReferralResponse move(Actor actor, @PathVariable UUID referralId, @Valid @RequestBody StatusRequest request) {
		this.referrals.move(actor, referralId, request.status(), request.version());
		return referral(actor, referralId);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/alumni/referrals/{referralId}")
	void deleteReferral(Actor actor, @PathVariable UUID referralId) {
		this.referrals.delete(actor, referralId);
	}

	// ---------------------------------------------------------------- the alumnus' own

	/** The alumnus' consent: what they agreed to, since when, or when they withdrew it. */
	@GetMapping("/me/alumni-consent")
	ConsentResponse consent(Actor actor) {
		return ConsentResponse.of(this.portal.myRecord(actor).orElse(null));
	}

	@PutMapping("/me/alumni-consent")
	ConsentResponse changeConsent(Actor actor, @Valid @RequestBody ConsentRequest request) {
		this.portal.changeConsent(actor, request.email(), request.channels(), request.cadence());
		return consent(actor);
	}

	/** Withdraws the consent: all contact stops at once. */
	@DeleteMapping("/me/alumni-consent")
	ConsentResponse withdrawConsent(Actor actor) {
		this.portal.withdrawConsent(actor);
		return consent(actor);
	}

	/** Everything the platform's alumni modules and the people module hold about the caller. */
	@GetMapping("/me/alumni-data")
	ResponseEntity<AlumnusData> data(Actor actor) {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"my-alumni-data.json\"")
			.body(this.portal.myData(actor));
	}

	/** The caller erases their data (confirmation {@code ERASE}); they are signed out. */
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PostMapping("/me/erasure")
	void erase(Actor actor, @Valid @RequestBody ErasureRequest request, HttpServletRequest http) {
		this.portal.erase(actor, request.confirmation());
		HttpSession session = http.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

	@GetMapping("/me/career-record")
	List<TourRecord> careerRecord(Actor actor) {
		return this.portal.careerRecord(actor);
	}

	@GetMapping("/me/career-record.pdf")
	ResponseEntity<byte[]> careerRecordPdf(Actor actor, Locale locale) {
		return PortalController.pdfResponse(
				this.pdf.render(this.portal.myName(actor), this.portal.careerRecord(actor), locale));
	}

	private static List<PostView> concat(List<PostView> a, List<PostView> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

	/** Schema {@code AlumniPortalPostRequest}: a post; {@code collaborationKind} for a collaboration only. */
	record PostRequest(@NotNull PostKind kind, @Nullable CollaborationKind collaborationKind,
			@NotNull @Size(max = AlumniPostService.MAX_TITLE) String title,
			@NotNull @Size(max = AlumniPostService.MAX_BODY) String body, @Nullable UUID workPackageId,
			@Nullable LocalDate closesOn) {

		SavePost toCommand() {
			return new SavePost(this.kind, this.collaborationKind, this.title, this.body, this.workPackageId,
					this.closesOn);
		}

	}

	/** Schema {@code AlumniPortalChangePostRequest}: the post as it should be, and the version read. */
	record ChangePostRequest(@Nullable CollaborationKind collaborationKind,
			@NotNull @Size(max = AlumniPostService.MAX_TITLE) String title,
			@NotNull @Size(max = AlumniPostService.MAX_BODY) String body, @Nullable UUID workPackageId,
			@Nullable LocalDate closesOn, @NotNull Long version) {

		SavePost toCommand() {
			return new SavePost(null, this.collaborationKind, this.title, this.body, this.workPackageId, this.closesOn);
		}

	}

	/** Schema {@code AlumniPortalPostResponse}: {@code interestCount} for the talent lead only. */
	record PostResponse(UUID id, PostKind kind, @Nullable CollaborationKind collaborationKind, String title,
			String body, @Nullable UUID workPackageId, @Nullable String workPackageTitle, LocalDate publishedOn,
			@Nullable LocalDate closesOn, boolean open, boolean interested, int interestCount, long version) {

		static PostResponse of(PostView p) {
			return new PostResponse(p.id(), p.kind(), p.collaborationKind(), p.title(), p.body(), p.workPackageId(),
					p.workPackageTitle(), p.publishedOn(), p.closesOn(), p.open(), p.interested(), p.interestCount(),
					p.version());
		}

	}

	/** Schema {@code AlumniPortalInterestResponse}. */
	record InterestResponse(UUID personId, String name, Instant at) {

		static InterestResponse of(InterestView i) {
			return new InterestResponse(i.personId(), i.name(), i.at());
		}

	}

	/** Schema {@code AlumniPortalReferralRequest}: a post of the portal, or the role in words. */
	record ReferralRequest(@NotNull @Size(max = AlumniReferralService.MAX_NAME) String candidateName,
			@NotNull @Size(max = AlumniReferralService.MAX_EMAIL) String candidateEmail, @Nullable UUID postId,
			@Nullable @Size(max = AlumniReferralService.MAX_REFERRED_FOR) String referredFor,
			@NotNull @Size(max = AlumniReferralService.MAX_REASON) String reason) {

		ReferCandidate toCommand() {
			return new ReferCandidate(this.candidateName, this.candidateEmail, this.postId, this.referredFor,
					this.reason);
		}

	}

	/** Schema {@code AlumniPortalStatusRequest}: the status and the version of the referral read. */
	record StatusRequest(@NotNull ReferralStatus status, @NotNull Long version) {

	}

	/** Schema {@code AlumniPortalReferralResponse}: read only by the alumnus who referred and the talent lead. */
	record ReferralResponse(UUID id, String referrerName, @Nullable UUID postId, String referredFor,
			String candidateName, String candidateEmail, String reason, ReferralStatus status, Instant createdAt,
			Instant statusChangedAt, long version) {

		static ReferralResponse of(ReferralView r) {
			return new ReferralResponse(r.id(), r.referrerName(), r.postId(), r.referredFor(), r.candidateName(),
					r.candidateEmail(), r.reason(), r.status(), r.createdAt(), r.statusChangedAt(), r.version());
		}

	}

	/** Schema {@code AlumniPortalConsentRequest}: an email, at least one channel, a cadence. */
	record ConsentRequest(@NotNull @Size(max = 254) String email, @NotNull Set<ContactChannel> channels,
			@NotNull ContactCadence cadence) {

	}

	/**
	 * Schema {@code AlumniPortalConsentResponse}: {@code contactable} whether the organisation may
	 * write to them now; the consent's fields are null when none was given.
	 */
	record ConsentResponse(boolean alumnus, boolean contactable, @Nullable String email,
			@Nullable Set<ContactChannel> channels, @Nullable ContactCadence cadence, @Nullable Instant givenAt,
			@Nullable Instant withdrawnAt) {

		static ConsentResponse of(@Nullable AlumnusRecord record) {
			if (record == null) {
				return new ConsentResponse(false, false, null, null, null, null, null);
			}
			var c = record.consent();
			return new ConsentResponse(true, record.contactable(), (c != null) ? c.email() : null,
					(c != null) ? c.channels() : null, (c != null) ? c.cadence() : null, (c != null) ? c.givenAt() : null,
					record.consentWithdrawnAt());
		}

	}

	/** Schema {@code AlumniPortalErasureRequest}: {@code confirmation} must be {@code ERASE}. */
	record ErasureRequest(@NotNull String confirmation) {

	}

}
