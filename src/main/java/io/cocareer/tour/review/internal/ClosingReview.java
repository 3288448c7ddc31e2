package io.cocareer.tour.review.internal;

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
import io.cocareer.shared.PersonId;
import io.cocareer.tour.review.NextStep;

/**
 * A tour's closing review: the talent's reflection (their results, what they gained) and the
 * company's view (its results and the next step), each side writing its own section. It is
 * completed once both are there, and is final from then on. Each section keeps its own revision
 * number (checked by the service), so the two sides may write at the same time without refusing
 * each other's saves.
 */
@Entity
@Table(name = "tour_closing_review")
public class ClosingReview {

	public static final int MAX_RESULTS = 4000;

	public static final int MAX_TEXT = 2000;

	@Id
	private UUID tourId;

	private String talentResults;

	private String gainedSkills;

	private String gainedKnowledge;

	private String gainedNetwork;

	private String gainedReputation;

	private UUID talentByPersonId;

	/** Only for a writer who is no person: for a person, the name is looked up. */
	private String talentByName;

	private Instant talentAt;

	private int talentVersion;

	private String companyResults;

	@Enumerated(EnumType.STRING)
	private NextStep nextStep;

	private String nextStepNote;

	private UUID companyByPersonId;

	/** Only for a writer who is no person: for a person, the name is looked up. */
	private String companyByName;

	private Instant companyAt;

	private int companyVersion;

	private LocalDate completedOn;

	private UUID completedByPersonId;

	/** Only for a writer who is no person: for a person, the name is looked up. */
	private String completedByName;

	private LocalDate goodExitOn;

	@Version
	private long version;

	protected ClosingReview() {
		// for JPA
	}

	public static ClosingReview of(UUID tourId) {
		ClosingReview review = new ClosingReview();
		review.tourId = tourId;
		return review;
	}

	/** The talent's section; blanks are allowed until the review is completed. */
	public void reflect(String results, String skills, String knowledge, String network, String reputation,
			ActedBy by, Instant now) {
		requireOpen();
		this.talentResults = clean(results, "talentResults", MAX_RESULTS);
		this.gainedSkills = clean(skills, "gainedSkills", MAX_TEXT);
		this.gainedKnowledge = clean(knowledge, "gainedKnowledge", MAX_TEXT);
		this.gainedNetwork = clean(network, "gainedNetwork", MAX_TEXT);
		this.gainedReputation = clean(reputation, "gainedReputation", MAX_TEXT);
		this.talentByPersonId = PersonId.valueOf(by.personId());
		this.talentByName = by.accountName();
		this.talentAt = now;
		this.talentVersion++;
	}

	/** The company's section: its results and the next step, with a note. */
	public void assess(String results, NextStep nextStep, String note, ActedBy by, Instant now) {
		requireOpen();
		this.companyResults = clean(results, "companyResults", MAX_RESULTS);
		this.nextStep = nextStep;
		this.nextStepNote = clean(note, "nextStepNote", MAX_TEXT);
		this.companyByPersonId = PersonId.valueOf(by.personId());
		this.companyByName = by.accountName();
		this.companyAt = now;
		this.companyVersion++;
	}

	/** The fields still missing before the review may be completed, in the order of the form. */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (this.talentResults == null) {
			missing.add("talentResults");
		}
		if (this.gainedSkills == null && this.gainedKnowledge == null && this.gainedNetwork == null
				&& this.gainedReputation == null) {
			missing.add("gained");
		}
		if (this.companyResults == null) {
			missing.add("companyResults");
		}
		if (this.nextStep == null) {
			missing.add("nextStep");
		}
		if (this.nextStepNote == null) {
			missing.add("nextStepNote");
		}
		return missing;
	}

	/**
	 * Completes the review when both sections hold what it needs; refused on the first missing
	 * field otherwise. A good exit is recorded with the day.
	 */
	public void complete(LocalDate on, ActedBy by) {
		requireOpen();
		List<String> missing = missing();
		if (!missing.isEmpty()) {
			String field = missing.get(0);
			String code = "tour.closing.missing." + field;
			throw new InvalidInput(field, code, "Required to complete the review");
		}
		this.completedOn = on;
		this.completedByPersonId = PersonId.valueOf(by.personId());
		this.completedByName = by.accountName();
		if (this.nextStep == NextStep.GOOD_EXIT) {
			this.goodExitOn = on;
		}
	}

	public boolean completed() {
		return this.completedOn != null;
	}

	private void requireOpen() {
		if (completed()) {
			throw new BusinessRuleViolation("tour.closing.completed", "The closing review is completed and final");
		}
	}

	private static String clean(String text, String field, int max) {
		String clean = (text == null) ? "" : text.strip();
		if (clean.length() > max) {
			throw new InvalidInput(field, "tour.field.tooLong", "At most %d characters".formatted(max), max);
		}
		return clean.isEmpty() ? null : clean;
	}

	public UUID tourId() {
		return this.tourId;
	}

	public String talentResults() {
		return this.talentResults;
	}

	public String gainedSkills() {
		return this.gainedSkills;
	}

	public String gainedKnowledge() {
		return this.gainedKnowledge;
	}

	public String gainedNetwork() {
		return this.gainedNetwork;
	}

	public String gainedReputation() {
		return this.gainedReputation;
	}

	/** The writer's name when they are no person ({@link #talentByPersonId()} is then {@code null}). */
	public String talentByName() {
		return this.talentByName;
	}

	public UUID talentByPersonId() {
		return this.talentByPersonId;
	}

	public Instant talentAt() {
		return this.talentAt;
	}

	public int talentVersion() {
		return this.talentVersion;
	}

	public String companyResults() {
		return this.companyResults;
	}

	public NextStep nextStep() {
		return this.nextStep;
	}

	public String nextStepNote() {
		return this.nextStepNote;
	}

	/** The writer's name when they are no person ({@link #companyByPersonId()} is then {@code null}). */
	public String companyByName() {
		return this.companyByName;
	}

	public UUID companyByPersonId() {
		return this.companyByPersonId;
	}

	public Instant companyAt() {
		return this.companyAt;
	}

	public int companyVersion() {
		return this.companyVersion;
	}

	public LocalDate completedOn() {
		return this.completedOn;
	}

	/** The writer's name when they are no person ({@link #completedByPersonId()} is then {@code null}). */
	public String completedByName() {
		return this.completedByName;
	}

	public UUID completedByPersonId() {
		return this.completedByPersonId;
	}

	public LocalDate goodExitOn() {
		return this.goodExitOn;
	}

}
