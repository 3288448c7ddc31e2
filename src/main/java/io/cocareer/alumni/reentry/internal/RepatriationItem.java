package io.cocareer.alumni.reentry.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.alumni.reentry.ItemProgress;
import io.cocareer.alumni.reentry.RepatriationItemKind;

/** An item of a repatriation plan: its owner, due date and progress. */
@Entity
@Table(name = "alumni_repatriation_item")
public class RepatriationItem {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private RepatriationItemKind kind;

	private int position;

	private String note;

	private UUID ownerId;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private ItemProgress progress;

	private UUID buddyId;

	private UUID workPackageId;

	private UUID tourId;

	@Version
	private Long version;

	protected RepatriationItem() {
		// for JPA
	}

	RepatriationItem(RepatriationItemKind kind, int position, UUID ownerId, LocalDate dueOn) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.position = position;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
		this.progress = ItemProgress.NOT_STARTED;
	}

	public void change(String note, UUID ownerId, LocalDate dueOn, ItemProgress progress, UUID buddyId,
			UUID workPackageId) {
		this.note = note;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
		this.progress = progress;
		this.buddyId = buddyId;
		// a page that does not send the package keeps it; the proposed tour's package stays
		if (this.tourId == null && workPackageId != null) {
			this.workPackageId = workPackageId;
		}
	}

	/** A tour was proposed for the boomerang: the first tour item is done. */
	public void tourProposed(UUID tourId) {
		this.tourId = tourId;
		this.progress = ItemProgress.DONE;
	}

	void forgetPerson(UUID erased) {
		if (erased.equals(this.ownerId)) {
			this.ownerId = null;
		}
		if (erased.equals(this.buddyId)) {
			this.buddyId = null;
		}
	}

	public UUID id() {
		return this.id;
	}

	public RepatriationItemKind kind() {
		return this.kind;
	}

	public int position() {
		return this.position;
	}

	public String note() {
		return this.note;
	}

	public UUID ownerId() {
		return this.ownerId;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public ItemProgress progress() {
		return this.progress;
	}

	public UUID buddyId() {
		return this.buddyId;
	}

	public UUID workPackageId() {
		return this.workPackageId;
	}

	public UUID tourId() {
		return this.tourId;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
