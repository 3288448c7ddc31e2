package io.cocareer.toolbox.mentoring.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.toolbox.mentoring.EnrolmentStatus;

/** A member of staff mentoring in a cohort: how many mentees (1 to 5), on which topics, when. */
@Entity
@Table(name = "toolbox_mentoring_mentor")
public class MentorEnrolment {

	@Id
	private UUID id;

	private UUID cohortId;

	private UUID personId;

	private int capacity;

	private String topics;

	private String availability;

	@Enumerated(EnumType.STRING)
	private EnrolmentStatus status;

	private Instant enrolledAt;

	@Version
	private Long version;

	protected MentorEnrolment() {
		// for JPA
	}

	public MentorEnrolment(UUID cohortId, UUID personId, int capacity, String topics, String availability,
			Instant now) {
		this.id = UUID.randomUUID();
		this.cohortId = cohortId;
		this.personId = personId;
		this.capacity = capacity;
		this.topics = topics;
		this.availability = availability;
		this.status = EnrolmentStatus.ENROLLED;
		this.enrolledAt = now;
	}

	public void change(int capacity, String topics, String availability) {
		this.capacity = capacity;
		this.topics = topics;
		this.availability = availability;
	}

	public void withdraw() {
		this.status = EnrolmentStatus.WITHDRAWN;
	}

	public void eraseTexts() {
		this.topics = null;
		this.availability = null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID cohortId() {
		return this.cohortId;
	}

	public UUID personId() {
		return this.personId;
	}

	public int capacity() {
		return this.capacity;
	}

	public String topics() {
		return this.topics;
	}

	public String availability() {
		return this.availability;
	}

	public EnrolmentStatus status() {
		return this.status;
	}

	public boolean enrolled() {
		return this.status == EnrolmentStatus.ENROLLED;
	}

	public Instant enrolledAt() {
		return this.enrolledAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
