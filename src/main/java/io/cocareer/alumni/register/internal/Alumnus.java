package io.cocareer.alumni.register.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.ContactConsent;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.RehireEligibility;

import org.jspecify.annotations.Nullable;

/** An alumnus: how they left, what they agreed to, and where they are now (back, or left again). */
@Entity
@Table(name = "alumnus")
public class Alumnus {

	@Id
	private UUID personId;

	private LocalDate leftOn;

	private String reasonCode;

	@Enumerated(EnumType.STRING)
	private ExitReasonKind reasonKind;

	@Enumerated(EnumType.STRING)
	private RehireEligibility eligibility;

	private String interviewReasonCode;

	private String consentEmail;

	private String consentChannels;

	@Enumerated(EnumType.STRING)
	private ContactCadence consentCadence;

	private Instant consentGivenAt;

	private Instant consentWithdrawnAt;

	private LocalDate distinguishedSince;

	private LocalDate rehiredOn;

	private LocalDate leftAgainOn;

	private LocalDate lastTakingPartOn;

	private Integer priorRating;

	private Integer returnRating;

	private Instant createdAt;

	@Version
	private Long version;

	protected Alumnus() {
		// for JPA
	}

	public Alumnus(UUID personId, LocalDate leftOn, String reasonCode, ExitReasonKind reasonKind,
			RehireEligibility eligibility, @Nullable String interviewReasonCode, Instant now) {
		this.personId = personId;
		this.createdAt = now;
		leave(leftOn, reasonCode, reasonKind, eligibility, interviewReasonCode);
	}

	/** Their (first) exit, or the facts of it recorded again. */
	public void leave(LocalDate on, String reasonCode, ExitReasonKind reasonKind, RehireEligibility eligibility,
			@Nullable String interviewReasonCode) {
		this.leftOn = on;
		this.reasonCode = reasonCode;
		this.reasonKind = reasonKind;
		this.eligibility = eligibility;
		this.interviewReasonCode = interviewReasonCode;
	}

	/** A boomerang left again: the first exit stays what the review measures time away from. */
	public void leaveAgain(LocalDate on) {
		if (this.rehiredOn != null && this.leftAgainOn == null && !on.isBefore(this.rehiredOn)) {
			this.leftAgainOn = on;
		}
	}

	/** Consent given (again): it replaces what they agreed to before, and a withdrawal. */
	public void consent(ContactConsent consent) {
		this.consentEmail = consent.email();
		this.consentChannels = consent.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.consentCadence = consent.cadence();
		this.consentGivenAt = consent.givenAt();
		this.consentWithdrawnAt = null;
	}

	public void withdrawConsent(Instant at) {
		if (this.consentGivenAt != null && this.consentWithdrawnAt == null) {
			this.consentWithdrawnAt = at;
		}
	}

	public @Nullable ContactConsent consentGiven() {
		if (this.consentGivenAt == null || this.consentEmail == null) {
			return null;
		}
		Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
		if (this.consentChannels != null && !this.consentChannels.isBlank()) {
			Arrays.stream(this.consentChannels.split(",")).map(ContactChannel::valueOf).forEach(channels::add);
		}
		return new ContactConsent(this.consentEmail, channels, this.consentCadence, this.consentGivenAt);
	}

	public void distinguish(@Nullable LocalDate since) {
		this.distinguishedSince = since;
	}

	public void rehire(LocalDate on) {
		this.rehiredOn = on;
		this.leftAgainOn = null;
	}

	/** They took part (an event, a collaboration, a referral) on that day: the latest such day stays. */
	public void tookPart(LocalDate on) {
		if (this.lastTakingPartOn == null || on.isAfter(this.lastTakingPartOn)) {
			this.lastTakingPartOn = on;
		}
	}

	public @Nullable LocalDate lastTakingPartOn() {
		return this.lastTakingPartOn;
	}

	public void ratePrior(int rating) {
		this.priorRating = rating;
	}

	public void rateReturn(int rating) {
		this.returnRating = rating;
	}

	/** What identifies them goes: the email they gave. Dates and kinds stay for anonymous figures. */
	public void erase(Instant at) {
		withdrawConsent(at);
		this.consentEmail = null;
		this.consentChannels = null;
	}

	public UUID personId() {
		return this.personId;
	}

	public LocalDate leftOn() {
		return this.leftOn;
	}

	public String reasonCode() {
		return this.reasonCode;
	}

	public ExitReasonKind reasonKind() {
		return this.reasonKind;
	}

	public RehireEligibility eligibility() {
		return this.eligibility;
	}

	public @Nullable String interviewReasonCode() {
		return this.interviewReasonCode;
	}

	public @Nullable Instant consentWithdrawnAt() {
		return this.consentWithdrawnAt;
	}

	public @Nullable LocalDate distinguishedSince() {
		return this.distinguishedSince;
	}

	public @Nullable LocalDate rehiredOn() {
		return this.rehiredOn;
	}

	public @Nullable LocalDate leftAgainOn() {
		return this.leftAgainOn;
	}

	public @Nullable Integer priorRating() {
		return this.priorRating;
	}

	public @Nullable Integer returnRating() {
		return this.returnRating;
	}

	/** Consent given and not withdrawn, and not working here again. */
	public boolean contactable() {
		return this.consentGivenAt != null && this.consentEmail != null && this.consentWithdrawnAt == null
				&& (this.rehiredOn == null || this.leftAgainOn != null);
	}

}
