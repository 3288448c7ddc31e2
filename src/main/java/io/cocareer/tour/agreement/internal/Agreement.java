package io.cocareer.tour.agreement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Label;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.agreement.AgreementStatus;
import io.cocareer.tour.agreement.AgreementTerms;
import io.cocareer.tour.agreement.MissionText;
import io.cocareer.tour.internal.Tour;

/**
 * One version of a tour's agreement. The organisation side drafts it; sent out, it carries the
 * programme charter and the mission as they are at that moment and waits for both signatures;
 * signed by both, it is frozen for good. A later change is the next version (an amendment, with a
 * reason), which both sign again.
 */
@Entity
@Table(name = "tour_agreement")
public class Agreement {

	public static final int MAX_TEXT = 4000;

	public static final int MAX_REASON = 2000;

	@Id
	private UUID id;

	private UUID tourId;

	private int versionNo;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	private String amendmentReason;

	private String scope;

	private LocalDate startOn;

	private LocalDate endOn;

	private int timeShare;

	private String deliverables;

	private String learningGoals;

	private String visibilityMoments;

	private String companyResources;

	private String companySponsorship;

	private String companyCoaching;

	private String companyExposure;

	private String companyFollowOn;

	private String companyReference;

	private String talentCommitments;

	private LocalDate nextConversationOn;

	private Integer charterVersionNo;

	private String charterText;

	private Integer missionRevisionNo;

	private String missionObjective;

	private String missionCompanyGains;

	private String missionTalentGains;

	private String missionSuccessMeasures;

	private Instant sentAt;

	private String talentSignedBy;

	private Instant talentSignedAt;

	private boolean rofcAcknowledged;

	private String managerSignedBy;

	private Instant managerSignedAt;

	private UUID createdByPersonId;

	/** Only for a writer who is no person: for a person, the name is looked up. */
	private String createdByName;

	private Instant createdAt;

	private UUID updatedByPersonId;

	/** Only for a writer who is no person. */
	private String updatedByName;

	private Instant updatedAt;

	@Version
	private long version;

	protected Agreement() {
		// for JPA
	}

	/** The first version of a tour's agreement, as a draft. */
	public static Agreement draft(UUID tourId, AgreementTerms terms, ActedBy by, Instant now) {
		Agreement agreement = new Agreement();
		agreement.id = UUID.randomUUID();
		agreement.tourId = tourId;
		agreement.versionNo = 1;
		agreement.status = AgreementStatus.DRAFT;
		agreement.createdByPersonId = PersonId.valueOf(by.personId());
		agreement.createdByName = by.accountName();
		agreement.createdAt = now;
		agreement.write(terms, by, now);
		return agreement;
	}

	/** The next version, a copy of this signed one to change, for a reason both will read. */
	public Agreement amend(String reason, ActedBy by, Instant now) {
		if (this.status != AgreementStatus.SIGNED) {
			throw new BusinessRuleViolation("tour.agreement.amendOnlySigned",
					"Only a signed agreement is amended; this one can still be changed directly");
		}
		String clean = (reason == null) ? "" : reason.strip();
		if (clean.isEmpty()) {
			throw new InvalidInput("reason", "tour.field.required", "Required");
		}
		if (clean.length() > MAX_REASON) {
			throw new InvalidInput("reason", "tour.field.tooLong", "At most %d characters".formatted(MAX_REASON),
					MAX_REASON);
		}
		Agreement next = new Agreement();
		next.id = UUID.randomUUID();
		next.tourId = this.tourId;
		next.versionNo = this.versionNo + 1;
		next.status = AgreementStatus.DRAFT;
		next.amendmentReason = clean;
		next.createdByPersonId = PersonId.valueOf(by.personId());
		next.createdByName = by.accountName();
		next.createdAt = now;
		next.write(terms(), by, now);
		return next;
	}

	/** Changes a draft; a version out for signature or signed is refused. */
	public void revise(AgreementTerms terms, ActedBy by, Instant now) {
		requireDraft();
		write(terms, by, now);
	}

	/**
	 * Sends the draft out for both signatures, carrying the charter and the mission as they are now.
	 * Refused while something required is missing, naming the fields.
	 */
	public void send(int charterNo, String charter, int missionNo, MissionText mission, Instant now) {
		requireDraft();
		List<String> missing = missing();
		if (!missing.isEmpty()) {
			throw new BusinessRuleViolation("tour.agreement.incomplete",
					"The agreement is not complete yet; still missing: %s".formatted(String.join(", ", missing)),
					Label.list("tour.agreement.field.", missing));
		}
		this.charterVersionNo = charterNo;
		this.charterText = charter;
		this.missionRevisionNo = missionNo;
		this.missionObjective = mission.objective();
		this.missionCompanyGains = mission.companyGains();
		this.missionTalentGains = mission.talentGains();
		this.missionSuccessMeasures = mission.successMeasures();
		this.status = AgreementStatus.AWAITING_SIGNATURES;
		this.sentAt = now;
		this.updatedAt = now;
	}

	/**
	 * The talent signs, acknowledging the Right of First Conversation.
	 * @return whether both have signed now
	 */
	public boolean signAsTalent(String name, boolean acknowledgesRightOfFirstConversation, Instant now) {
		requireAwaiting();
		if (this.talentSignedAt != null) {
			throw new BusinessRuleViolation("tour.agreement.alreadySigned", "You have already signed this agreement");
		}
		if (!acknowledgesRightOfFirstConversation) {
			throw new InvalidInput("rofcAcknowledged", "tour.agreement.rofcRequired",
					"Tick the Right of First Conversation to sign");
		}
		this.rofcAcknowledged = true;
		this.talentSignedBy = name;
		this.talentSignedAt = now;
		return completeIfBothSigned(now);
	}

	/** The manager signs for the organisation. @return whether both have signed now */
	public boolean signAsManager(String name, Instant now) {
		requireAwaiting();
		if (this.managerSignedAt != null) {
			throw new BusinessRuleViolation("tour.agreement.alreadySigned", "You have already signed this agreement");
		}
		this.managerSignedBy = name;
		this.managerSignedAt = now;
		return completeIfBothSigned(now);
	}

	/** Back to a draft before both signed: signatures given so far no longer count. */
	public void askForChanges(ActedBy by, Instant now) {
		requireAwaiting();
		this.status = AgreementStatus.DRAFT;
		this.talentSignedBy = null;
		this.talentSignedAt = null;
		this.rofcAcknowledged = false;
		this.managerSignedBy = null;
		this.managerSignedAt = null;
		this.sentAt = null;
		this.updatedByPersonId = PersonId.valueOf(by.personId());
		this.updatedByName = by.accountName();
		this.updatedAt = now;
	}

	/** The labels of the fields a complete agreement needs and this one lacks. */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		require(missing, "scope", this.scope);
		require(missing, "deliverables", this.deliverables);
		require(missing, "learningGoals", this.learningGoals);
		require(missing, "visibilityMoments", this.visibilityMoments);
		require(missing, "companyResources", this.companyResources);
		require(missing, "companySponsorship", this.companySponsorship);
		require(missing, "companyCoaching", this.companyCoaching);
		require(missing, "companyExposure", this.companyExposure);
		require(missing, "talentCommitments", this.talentCommitments);
		return missing;
	}

	private static void require(List<String> missing, String field, String value) {
		if (value == null || value.isBlank()) {
			missing.add(field);
		}
	}

	private boolean completeIfBothSigned(Instant now) {
		this.updatedAt = now;
		if (this.talentSignedAt != null && this.managerSignedAt != null) {
			this.status = AgreementStatus.SIGNED;
			return true;
		}
		return false;
	}

	private void requireDraft() {
		if (this.status == AgreementStatus.SIGNED) {
			throw new BusinessRuleViolation("tour.agreement.signed",
					"Version %d is signed and frozen; propose an amendment to change it".formatted(this.versionNo),
					this.versionNo);
		}
		if (this.status == AgreementStatus.AWAITING_SIGNATURES) {
			throw new BusinessRuleViolation("tour.agreement.outForSignature",
					"The agreement is out for signature; ask for changes first");
		}
	}

	private void requireAwaiting() {
		if (this.status != AgreementStatus.AWAITING_SIGNATURES) {
			throw new BusinessRuleViolation("tour.agreement.notAwaiting",
					"The agreement is not out for signature");
		}
	}

	private void write(AgreementTerms terms, ActedBy by, Instant now) {
		if (terms.startOn() == null) {
			throw new InvalidInput("startOn", "tour.field.required", "Required");
		}
		if (terms.endOn() == null) {
			throw new InvalidInput("endOn", "tour.field.required", "Required");
		}
		if (!terms.endOn().isAfter(terms.startOn())) {
			throw new InvalidInput("endOn", "tour.field.endBeforeStart", "The end must come after the start");
		}
		if (terms.timeShare() == null) {
			throw new InvalidInput("timeShare", "tour.field.required", "Required");
		}
		if (terms.timeShare() < Tour.MIN_TIME_SHARE || terms.timeShare() > Tour.MAX_TIME_SHARE) {
			throw new InvalidInput("timeShare", "tour.field.range",
					"Between %d and %d".formatted(Tour.MIN_TIME_SHARE, Tour.MAX_TIME_SHARE), Tour.MIN_TIME_SHARE,
					Tour.MAX_TIME_SHARE);
		}
		if (terms.nextConversationOn() == null) {
			throw new InvalidInput("nextConversationOn", "tour.field.required", "Required");
		}
		if (!terms.nextConversationOn().isBefore(terms.endOn())
				|| terms.nextConversationOn().isBefore(terms.startOn())) {
			throw new InvalidInput("nextConversationOn", "tour.agreement.nextConversationOutside",
					"The next-tour conversation must be on or after the start and before the end");
		}
		this.scope = text("scope", terms.scope());
		this.startOn = terms.startOn();
		this.endOn = terms.endOn();
		this.timeShare = terms.timeShare();
		this.deliverables = text("deliverables", terms.deliverables());
		this.learningGoals = text("learningGoals", terms.learningGoals());
		this.visibilityMoments = text("visibilityMoments", terms.visibilityMoments());
		this.companyResources = text("companyResources", terms.companyResources());
		this.companySponsorship = text("companySponsorship", terms.companySponsorship());
		this.companyCoaching = text("companyCoaching", terms.companyCoaching());
		this.companyExposure = text("companyExposure", terms.companyExposure());
		this.companyFollowOn = text("companyFollowOn", terms.companyFollowOn());
		this.companyReference = text("companyReference", terms.companyReference());
		this.talentCommitments = text("talentCommitments", terms.talentCommitments());
		this.nextConversationOn = terms.nextConversationOn();
		this.updatedByPersonId = PersonId.valueOf(by.personId());
		this.updatedByName = by.accountName();
		this.updatedAt = now;
	}

	private static String text(String field, String value) {
		String clean = (value == null) ? null : value.strip().replace("\r\n", "\n");
		if (clean != null && clean.length() > MAX_TEXT) {
			throw new InvalidInput(field, "tour.field.tooLong", "At most %d characters".formatted(MAX_TEXT), MAX_TEXT);
		}
		return (clean == null || clean.isEmpty()) ? null : clean;
	}

	public AgreementTerms terms() {
		return new AgreementTerms(this.scope, this.startOn, this.endOn, this.timeShare, this.deliverables,
				this.learningGoals, this.visibilityMoments, this.companyResources, this.companySponsorship,
				this.companyCoaching, this.companyExposure, this.companyFollowOn, this.companyReference,
				this.talentCommitments, this.nextConversationOn);
	}

	public boolean isAmendment() {
		return this.versionNo > 1;
	}

	public MissionText mission() {
		return (this.missionRevisionNo != null) ? new MissionText(this.missionObjective, this.missionCompanyGains,
				this.missionTalentGains, this.missionSuccessMeasures) : null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID tourId() {
		return this.tourId;
	}

	public int versionNo() {
		return this.versionNo;
	}

	public AgreementStatus status() {
		return this.status;
	}

	public String amendmentReason() {
		return this.amendmentReason;
	}

	public LocalDate startOn() {
		return this.startOn;
	}

	public LocalDate endOn() {
		return this.endOn;
	}

	public int timeShare() {
		return this.timeShare;
	}

	public LocalDate nextConversationOn() {
		return this.nextConversationOn;
	}

	public Integer charterVersionNo() {
		return this.charterVersionNo;
	}

	public String charterText() {
		return this.charterText;
	}

	public Integer missionRevisionNo() {
		return this.missionRevisionNo;
	}

	public Instant sentAt() {
		return this.sentAt;
	}

	public String talentSignedBy() {
		return this.talentSignedBy;
	}

	public Instant talentSignedAt() {
		return this.talentSignedAt;
	}

	public boolean rofcAcknowledged() {
		return this.rofcAcknowledged;
	}

	public String managerSignedBy() {
		return this.managerSignedBy;
	}

	public Instant managerSignedAt() {
		return this.managerSignedAt;
	}

	/** The writer's name when they are no person ({@link #createdByPersonId()} is then {@code null}). */
	public String createdByName() {
		return this.createdByName;
	}

	public UUID createdByPersonId() {
		return this.createdByPersonId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/** The last writer's name when they are no person. */
	public String updatedByName() {
		return this.updatedByName;
	}

	public UUID updatedByPersonId() {
		return this.updatedByPersonId;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return this.version;
	}

}
