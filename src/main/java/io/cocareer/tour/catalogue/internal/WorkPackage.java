package io.cocareer.tour.catalogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.ActedBy;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Label;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.Quality;
import io.cocareer.tour.catalogue.QualityAssessment;
import io.cocareer.tour.catalogue.QualityRating;
import io.cocareer.tour.catalogue.RequiredCompetency;
import io.cocareer.tour.catalogue.WorkPackageStatus;
import io.cocareer.tour.catalogue.WorkPackageTerms;

/**
 * A project or initiative a tour of duty can be made of, for a fixed time interval: what it is,
 * who sponsors it, what it needs, how much of a week it takes, how many seats it has, and how
 * challenging, interesting, valuable and visible it is. Every rule of its content, its status
 * and what makes it weak lives here.
 */
@Entity
@Table(name = "work_package")
public class WorkPackage {

	public static final int MAX_TITLE = 160;

	public static final int MAX_DESCRIPTION = 4000;

	public static final int MAX_RESULTS = 2000;

	public static final int MAX_JUSTIFICATION = 300;

	public static final int MIN_TIME_SHARE = 5;

	public static final int MAX_TIME_SHARE = 100;

	public static final int MIN_SEATS = 1;

	public static final int MAX_SEATS = 50;

	public static final int MAX_COMPETENCIES = 10;

	/** A quality rated at or below this makes a package weak. */
	public static final int WEAK_RATING = 2;

	/** A mean of the four ratings below this makes a package weak. */
	public static final double MIN_MEAN = 3.0;

	@Id
	private UUID id;

	private String title;

	private String description;

	private String expectedResults;

	private UUID sponsorId;

	private UUID unitId;

	private LocalDate startOn;

	private LocalDate endOn;

	private int timeShare;

	private int seats;

	@Enumerated(EnumType.STRING)
	private TourType tourType;

	@Enumerated(EnumType.STRING)
	private WorkPackageStatus status;

	private int challengingRating;

	private String challengingJustification;

	private int interestingRating;

	private String interestingJustification;

	private int valuableRating;

	private String valuableJustification;

	private int visibleRating;

	private String visibleJustification;

	/** Derived from the ratings on every change, kept as a column so the catalogue can filter on it. */
	private boolean weak;

	private UUID createdByAccount;

	private UUID createdByPerson;

	/** Only for a creator who is no person: for a person, the name is looked up. */
	private String createdByName;

	private Instant createdAt;

	private UUID updatedByPersonId;

	/** Only for whoever changed it last when they are no person. */
	private String updatedByName;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "work_package_competency", joinColumns = @JoinColumn(name = "work_package_id"))
	private List<PackageCompetency> competencies = new ArrayList<>();

	protected WorkPackage() {
		// for JPA
	}

	/**
	 * A new package in DRAFT, after checking the whole of its terms.
	 * @param sponsorId the sponsor, already resolved from the employee id
	 * @param knownCompetencies the ids of the competency catalogue
	 */
	public static WorkPackage draft(WorkPackageTerms terms, UUID sponsorId, Collection<UUID> knownCompetencies,
			Creator creator, Instant now) {
		WorkPackage pkg = new WorkPackage();
		pkg.id = UUID.randomUUID();
		pkg.status = WorkPackageStatus.DRAFT;
		pkg.createdByAccount = creator.accountId();
		pkg.createdByPerson = creator.personId();
		pkg.createdByName = (creator.personId() != null) ? null : creator.name();
		pkg.createdAt = now;
		pkg.apply(terms, sponsorId, knownCompetencies, new ActedBy(PersonId.ofNullable(creator.personId()), creator.name()), now);
		return pkg;
	}

	/** Replaces the terms; nothing changes unless all of them are valid. A closed package is final. */
	public void revise(WorkPackageTerms terms, UUID sponsorId, Collection<UUID> knownCompetencies, ActedBy by,
			Instant now) {
		if (this.status == WorkPackageStatus.CLOSED) {
			throw new BusinessRuleViolation("tour.package.closed", "A closed work package can no longer be changed");
		}
		apply(terms, sponsorId, knownCompetencies, by, now);
	}

	/** Moves to another status, if the lifecycle allows it. */
	public void moveTo(WorkPackageStatus target, ActedBy by, Instant now) {
		if (target == null || !this.status.mayMoveTo(target)) {
			String to = (target != null) ? target.name() : "nothing";
			throw new BusinessRuleViolation("tour.package.illegalTransition",
					"A work package that is %s cannot become %s".formatted(this.status, to),
					Label.of("tour.status." + this.status.name(), this.status.name().toLowerCase(Locale.ROOT)),
					Label.of("tour.status." + to, to.toLowerCase(Locale.ROOT)));
		}
		this.status = target;
		this.updatedByPersonId = PersonId.valueOf(by.personId());
		this.updatedByName = by.accountName();
		this.updatedAt = now;
	}

	/**
	 * The weak rule: a package is weak when any quality is rated {@value #WEAK_RATING} or less, or
	 * when the mean of the four is below {@value #MIN_MEAN}. With whole ratings of 1 to 5 a mean
	 * below 3 implies a low quality, so the mean is a second reason shown, never the only one.
	 */
	public static QualityAssessment assess(Map<Quality, QualityRating> ratings) {
		List<Quality> low = new ArrayList<>();
		double sum = 0;
		for (Quality quality : Quality.values()) {
			int rating = ratings.get(quality).rating();
			sum += rating;
			if (rating <= WEAK_RATING) {
				low.add(quality);
			}
		}
		double mean = sum / Quality.values().length;
		boolean lowMean = mean < MIN_MEAN;
		return new QualityAssessment(ratings, mean, !low.isEmpty() || lowMean, low, lowMean);
	}

	public QualityAssessment quality() {
		return assess(ratings());
	}

	public Map<Quality, QualityRating> ratings() {
		Map<Quality, QualityRating> ratings = new EnumMap<>(Quality.class);
		ratings.put(Quality.CHALLENGING, new QualityRating(this.challengingRating, this.challengingJustification));
		ratings.put(Quality.INTERESTING, new QualityRating(this.interestingRating, this.interestingJustification));
		ratings.put(Quality.VALUABLE, new QualityRating(this.valuableRating, this.valuableJustification));
		ratings.put(Quality.VISIBLE, new QualityRating(this.visibleRating, this.visibleJustification));
		return ratings;
	}

	public boolean isWeak() {
		return this.weak;
	}

	/** Whether this account created it. */
	public boolean createdBy(AccountId accountId) {
		return accountId != null && accountId.value().equals(this.createdByAccount);
	}

	public boolean sponsoredBy(PersonId personId) {
		return personId != null && personId.value().equals(this.sponsorId);
	}

	private void apply(WorkPackageTerms terms, UUID sponsorId, Collection<UUID> knownCompetencies, ActedBy by,
			Instant now) {
		String cleanTitle = required(terms.title(), "title", MAX_TITLE);
		String cleanDescription = required(terms.description(), "description", MAX_DESCRIPTION);
		String cleanResults = required(terms.expectedResults(), "expectedResults", MAX_RESULTS);
		if (sponsorId == null) {
			throw new InvalidInput("sponsorEmployeeId", "tour.field.required", "Required");
		}
		if (terms.unitId() == null) {
			throw new InvalidInput("unitId", "tour.field.required", "Required");
		}
		if (terms.startOn() == null) {
			throw new InvalidInput("startOn", "tour.field.required", "Required");
		}
		if (terms.endOn() == null) {
			throw new InvalidInput("endOn", "tour.field.required", "Required");
		}
		if (!terms.endOn().isAfter(terms.startOn())) {
			throw new InvalidInput("endOn", "tour.package.endAfterStart", "The end must be after the start");
		}
		int share = within(terms.timeShare(), "timeShare", MIN_TIME_SHARE, MAX_TIME_SHARE,
				"tour.package.timeShareRange");
		int seatCount = within(terms.seats(), "seats", MIN_SEATS, MAX_SEATS, "tour.package.seatsRange");
		if (terms.tourType() == null) {
			throw new InvalidInput("tourType", "tour.field.required", "Required");
		}
		List<PackageCompetency> needs = competencies(terms.competencies(), knownCompetencies);
		Map<Quality, QualityRating> ratings = new EnumMap<>(Quality.class);
		for (Quality quality : Quality.values()) {
			ratings.put(quality, rating(quality, terms.ratings().get(quality)));
		}

		this.title = cleanTitle;
		this.description = cleanDescription;
		this.expectedResults = cleanResults;
		this.sponsorId = sponsorId;
		this.unitId = terms.unitId();
		this.startOn = terms.startOn();
		this.endOn = terms.endOn();
		this.timeShare = share;
		this.seats = seatCount;
		this.tourType = terms.tourType();
		this.competencies.clear();
		this.competencies.addAll(needs);
		this.challengingRating = ratings.get(Quality.CHALLENGING).rating();
		this.challengingJustification = ratings.get(Quality.CHALLENGING).justification();
		this.interestingRating = ratings.get(Quality.INTERESTING).rating();
		this.interestingJustification = ratings.get(Quality.INTERESTING).justification();
		this.valuableRating = ratings.get(Quality.VALUABLE).rating();
		this.valuableJustification = ratings.get(Quality.VALUABLE).justification();
		this.visibleRating = ratings.get(Quality.VISIBLE).rating();
		this.visibleJustification = ratings.get(Quality.VISIBLE).justification();
		this.weak = assess(ratings).weak();
		this.updatedByPersonId = PersonId.valueOf(by.personId());
		this.updatedByName = by.accountName();
		this.updatedAt = now;
	}

	private static QualityRating rating(Quality quality, QualityRating typed) {
		String ratingField = quality.field() + "Rating";
		if (typed == null) {
			throw new InvalidInput(ratingField, "tour.field.required", "Required");
		}
		if (typed.rating() < 1 || typed.rating() > 5) {
			throw new InvalidInput(ratingField, "tour.package.ratingRange", "Rate from 1 to 5");
		}
		String justification = required(typed.justification(), quality.field() + "Justification", MAX_JUSTIFICATION);
		return new QualityRating(typed.rating(), justification);
	}

	private static List<PackageCompetency> competencies(List<RequiredCompetency> typed, Collection<UUID> known) {
		List<PackageCompetency> result = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < typed.size(); i++) {
			RequiredCompetency row = typed.get(i);
			if (row.competencyId() == null && row.level() == null) {
				continue;
			}
			String at = "competencies[" + i + "]";
			if (row.competencyId() == null || !known.contains(row.competencyId())) {
				throw new InvalidInput(at + ".competencyId", "tour.package.unknownCompetency",
						"Choose a competency from the catalogue");
			}
			if (row.level() == null || row.level() < 1 || row.level() > 5) {
				throw new InvalidInput(at + ".level", "tour.package.levelRange", "Choose a level from 1 to 5");
			}
			if (!seen.add(row.competencyId())) {
				throw new InvalidInput(at + ".competencyId", "tour.package.duplicateCompetency",
						"This competency is listed twice");
			}
			result.add(new PackageCompetency(row.competencyId(), row.level()));
		}
		if (result.size() > MAX_COMPETENCIES) {
			throw new InvalidInput("competencies", "tour.package.tooManyCompetencies",
					"At most %d competencies".formatted(MAX_COMPETENCIES), MAX_COMPETENCIES);
		}
		return result;
	}

	private static int within(Integer typed, String field, int min, int max, String code) {
		if (typed == null) {
			throw new InvalidInput(field, "tour.field.required", "Required");
		}
		if (typed < min || typed > max) {
			throw new InvalidInput(field, code, "From %d to %d".formatted(min, max), min, max);
		}
		return typed;
	}

	private static String required(String typed, String field, int max) {
		if (typed == null || typed.isBlank()) {
			throw new InvalidInput(field, "tour.field.required", "Required");
		}
		String clean = typed.strip();
		if (clean.length() > max) {
			throw new InvalidInput(field, "tour.field.tooLong", "At most %d characters".formatted(max), max);
		}
		return clean;
	}

	public UUID id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public String expectedResults() {
		return this.expectedResults;
	}

	public UUID sponsorId() {
		return this.sponsorId;
	}

	public UUID unitId() {
		return this.unitId;
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

	public int seats() {
		return this.seats;
	}

	public TourType tourType() {
		return this.tourType;
	}

	public WorkPackageStatus status() {
		return this.status;
	}

	public List<PackageCompetency> competencies() {
		return List.copyOf(this.competencies);
	}

	public UUID createdByAccount() {
		return this.createdByAccount;
	}

	public UUID createdByPerson() {
		return this.createdByPerson;
	}

	/** The creator's name when they are no person ({@link #createdByPerson()} is then {@code null}). */
	public String createdByName() {
		return this.createdByName;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/** The name of whoever changed it last when they are no person. */
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

	/** Who creates a package: the account, its person (if any) and the name to show. */
	public record Creator(UUID accountId, UUID personId, String name) {

	}

}
