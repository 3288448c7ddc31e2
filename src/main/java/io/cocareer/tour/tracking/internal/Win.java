package io.cocareer.tour.tracking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.tour.tracking.WinAudience;
import io.cocareer.tour.tracking.WinState;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A win of a tour. The audience is the talent's choice: a win the talent writes is published with
 * it at once; a win the manager writes is a draft until the talent publishes it. The sponsor may
 * endorse a published win, once.
 */
@Entity
@Table(name = "tour_win")
public class Win {

	public static final int MAX_TITLE = 160;

	public static final int MAX_STORY = 4000;

	@Id
	private UUID id;

	private UUID tourId;

	private String title;

	private String story;

	private LocalDate wonOn;

	@Enumerated(EnumType.STRING)
	private WinAudience audience;

	@Enumerated(EnumType.STRING)
	private WinState state;

	private UUID authorId;


	private Instant publishedAt;

	private UUID endorsedBy;


	private Instant endorsedAt;

	private Instant createdAt;

	@Version
	private long version;

	protected Win() {
		// for JPA
	}

	/** The talent's win, published to the audience they chose. */
	public static Win publishedByTalent(UUID tourId, String title, String story, LocalDate wonOn, WinAudience audience,
			UUID authorId, Instant now) {
		requireAudience(audience);
		Win win = draft(tourId, title, story, wonOn, authorId, now);
		win.audience = audience;
		win.state = WinState.PUBLISHED;
		win.publishedAt = now;
		return win;
	}

	/** The manager's proposal: a draft the talent publishes (or not) to the audience of their choice. */
	public static Win proposedByManager(UUID tourId, String title, String story, LocalDate wonOn, UUID authorId,
			Instant now) {
		return draft(tourId, title, story, wonOn, authorId, now);
	}

	private static Win draft(UUID tourId, String title, String story, LocalDate wonOn, UUID authorId,
			Instant now) {
		Win win = new Win();
		win.id = UUID.randomUUID();
		win.tourId = tourId;
		win.title = text("title", title, MAX_TITLE);
		win.story = text("story", story, MAX_STORY);
		if (wonOn == null) {
			throw new InvalidInput("wonOn", "tour.field.required", "Required");
		}
		win.wonOn = wonOn;
		win.state = WinState.DRAFT;
		win.authorId = authorId;
		win.createdAt = now;
		return win;
	}

	private static String text(String field, String value, int max) {
		String clean = (value == null) ? "" : value.strip();
		if (clean.isEmpty()) {
			throw new InvalidInput(field, "tour.field.required", "Required");
		}
		if (clean.length() > max) {
			throw new InvalidInput(field, "tour.field.tooLong", "At most %d characters".formatted(max), max);
		}
		return clean;
	}

	private static void requireAudience(WinAudience audience) {
		if (audience == null) {
			throw new InvalidInput("audience", "tour.win.audienceRequired", "Choose who sees the win");
		}
	}

	/** The talent publishes a proposed win to the audience they choose. */
	public void publish(WinAudience audience, Instant now) {
		requireAudience(audience);
		if (this.state == WinState.PUBLISHED) {
			throw new BusinessRuleViolation("tour.win.alreadyPublished", "This win is already published");
		}
		this.audience = audience;
		this.state = WinState.PUBLISHED;
		this.publishedAt = now;
	}

	/** The sponsor's endorsement: once, of a published win. */
	public void endorse(UUID sponsorId, Instant now) {
		if (this.state != WinState.PUBLISHED) {
			throw new BusinessRuleViolation("tour.win.notPublished", "Only a published win can be endorsed");
		}
		if (this.endorsedBy != null) {
			throw new BusinessRuleViolation("tour.win.alreadyEndorsed", "This win is already endorsed");
		}
		this.endorsedBy = sponsorId;
		this.endorsedAt = now;
	}

	public void requireVersion(long expected) {
		if (this.version != expected) {
			throw new OptimisticLockingFailureException("Win %s changed in the meantime".formatted(this.id));
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID tourId() {
		return this.tourId;
	}

	public String title() {
		return this.title;
	}

	public String story() {
		return this.story;
	}

	public LocalDate wonOn() {
		return this.wonOn;
	}

	public WinAudience audience() {
		return this.audience;
	}

	public WinState state() {
		return this.state;
	}

	public UUID authorId() {
		return this.authorId;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public UUID endorsedBy() {
		return this.endorsedBy;
	}

	public Instant endorsedAt() {
		return this.endorsedAt;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return this.version;
	}

}
