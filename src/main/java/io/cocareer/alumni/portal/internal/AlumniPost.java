package io.cocareer.alumni.portal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.alumni.CollaborationKind;
import io.cocareer.alumni.portal.PostKind;

/** A post of the talent lead's to alumni: news, a collaboration opportunity or a role. */
@Entity
@Table(name = "alumni_post")
public class AlumniPost {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private PostKind kind;

	@Enumerated(EnumType.STRING)
	private CollaborationKind collaborationKind;

	private String title;

	private String body;

	private UUID workPackageId;

	private LocalDate publishedOn;

	private LocalDate closesOn;

	private UUID authorId;

	private int erasedInterest;

	private Instant createdAt;

	// a wrapper: null until stored, so that saving a new post persists it
	@Version
	private Long version;

	protected AlumniPost() {
		// for JPA
	}

	public AlumniPost(PostKind kind, CollaborationKind collaborationKind, String title, String body,
			UUID workPackageId, LocalDate publishedOn, LocalDate closesOn, UUID authorId, Instant now) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.publishedOn = publishedOn;
		this.authorId = authorId;
		this.createdAt = now;
		change(collaborationKind, title, body, workPackageId, closesOn);
	}

	/** Changes what it says; its kind and the day it was published stay. */
	public void change(CollaborationKind collaborationKind, String title, String body, UUID workPackageId,
			LocalDate closesOn) {
		this.collaborationKind = (this.kind == PostKind.COLLABORATION) ? collaborationKind : null;
		this.title = title;
		this.body = body;
		this.workPackageId = (this.kind == PostKind.ROLE) ? workPackageId : null;
		this.closesOn = closesOn;
	}

	/** Published and, for an opportunity, not past its closing date. */
	public boolean openOn(LocalDate today) {
		return !this.publishedOn.isAfter(today) && (this.closesOn == null || !this.closesOn.isBefore(today));
	}

	/** Interested alumni were erased: the post keeps how many they were. */
	public void countErasedInterest(int count) {
		this.erasedInterest += count;
	}

	/** The talent lead who posted it is erased: the post stays the organisation's. */
	public void forgetAuthor() {
		this.authorId = null;
	}

	/** For the demo only: the post was published earlier (and may have closed since). */
	public void backdate(LocalDate publishedOn, LocalDate closesOn, Instant createdAt) {
		this.publishedOn = publishedOn;
		this.closesOn = closesOn;
		this.createdAt = createdAt;
	}

	public UUID id() {
		return this.id;
	}

	public PostKind kind() {
		return this.kind;
	}

	public CollaborationKind collaborationKind() {
		return this.collaborationKind;
	}

	public String title() {
		return this.title;
	}

	public String body() {
		return this.body;
	}

	public UUID workPackageId() {
		return this.workPackageId;
	}

	public LocalDate publishedOn() {
		return this.publishedOn;
	}

	public LocalDate closesOn() {
		return this.closesOn;
	}

	public UUID authorId() {
		return this.authorId;
	}

	public int erasedInterest() {
		return this.erasedInterest;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
