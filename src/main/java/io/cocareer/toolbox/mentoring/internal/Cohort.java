package io.cocareer.toolbox.mentoring.internal;

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
import io.cocareer.toolbox.mentoring.CohortStatus;

/** A mentoring cohort: enrolling (open or closed), matched (a draft), running, ended. */
@Entity(name = "MentoringCohort")
@Table(name = "toolbox_mentoring_cohort")
public class Cohort {

	@Id
	private UUID id;

	private String title;

	private String goal;

	private LocalDate startsOn;

	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	private CohortStatus status;

	private boolean enrolmentOpen;

	private Instant matchedAt;

	private String runSettings;

	private Instant publishedAt;

	private LocalDate endedOn;

	private Instant createdAt;

	@Version
	private Long version;

	protected Cohort() {
		// for JPA
	}

	public Cohort(String title, String goal, LocalDate startsOn, LocalDate endsOn, Instant now) {
		this.id = UUID.randomUUID();
		this.title = title;
		this.goal = goal;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.status = CohortStatus.ENROLLING;
		this.enrolmentOpen = true;
		this.createdAt = now;
	}

	public boolean enrolling() {
		return this.status == CohortStatus.ENROLLING && this.enrolmentOpen;
	}

	public void requireEnrolling() {
		if (!enrolling()) {
			throw new BusinessRuleViolation("toolbox.mentoring.rule.enrolmentClosed",
					"Enrolment in this cohort is closed");
		}
	}

	public void requireBeforePublishing() {
		if (!this.status.beforePublishing()) {
			throw new BusinessRuleViolation("toolbox.mentoring.rule.published",
					"The matching of this cohort is published: it no longer changes");
		}
	}

	public void closeEnrolment() {
		requireEnrolling();
		this.enrolmentOpen = false;
	}

	public void matched(Instant at, String settings) {
		requireBeforePublishing();
		this.status = CohortStatus.MATCHED;
		this.enrolmentOpen = false;
		this.matchedAt = at;
		this.runSettings = settings;
	}

	public void publish(Instant at) {
		if (this.status != CohortStatus.MATCHED) {
			throw new BusinessRuleViolation("toolbox.mentoring.rule.notMatched",
					"Run the matching before publishing it");
		}
		this.status = CohortStatus.RUNNING;
		this.publishedAt = at;
	}

	public void end(LocalDate on) {
		if (this.status != CohortStatus.RUNNING) {
			throw new BusinessRuleViolation("toolbox.mentoring.rule.notRunning", "Only a running cohort ends");
		}
		this.status = CohortStatus.ENDED;
		this.endedOn = on;
	}

	/** For the demo: dates moved back by whole days. */
	void backdate(int days) {
		this.startsOn = this.startsOn.minusDays(days);
		this.endsOn = this.endsOn.minusDays(days);
		if (this.endedOn != null) {
			this.endedOn = this.endedOn.minusDays(days);
		}
	}

	public UUID id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public String goal() {
		return this.goal;
	}

	public LocalDate startsOn() {
		return this.startsOn;
	}

	public LocalDate endsOn() {
		return this.endsOn;
	}

	public CohortStatus status() {
		return this.status;
	}

	public boolean enrolmentOpen() {
		return this.enrolmentOpen;
	}

	public Instant matchedAt() {
		return this.matchedAt;
	}

	public String runSettings() {
		return this.runSettings;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public LocalDate endedOn() {
		return this.endedOn;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
