package io.cocareer.network.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.network.exchange.ItemDirection;
import io.cocareer.network.exchange.ItemState;
import io.cocareer.network.exchange.ResourceKind;
import io.cocareer.network.exchange.SupportType;

/**
 * An offer or a request of a resource: a person's own, or the organisation's (posted by a talent
 * lead, and then every talent lead's to answer for).
 */
@Entity
@Table(name = "network_exchange_item")
public class ExchangeItem {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private ItemDirection direction;

	@Enumerated(EnumType.STRING)
	private ResourceKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "support_type")
	private SupportType type;

	private String title;

	private String description;

	@Column(name = "until_date")
	private LocalDate until;

	private UUID ownerId;

	private boolean fromOrganisation;

	@Enumerated(EnumType.STRING)
	private ItemState state;

	private Instant createdAt;

	// a wrapper: null until stored, so that saving a new item persists it
	@Version
	private Long version;

	protected ExchangeItem() {
		// for JPA
	}

	public ExchangeItem(UUID ownerId, boolean fromOrganisation, ItemDirection direction, ResourceKind kind,
			SupportType type, String title, String description, LocalDate until, Instant now) {
		this.id = UUID.randomUUID();
		this.ownerId = ownerId;
		this.fromOrganisation = fromOrganisation;
		this.direction = direction;
		this.state = ItemState.OPEN;
		this.createdAt = now;
		change(kind, type, title, description, until);
	}

	public void change(ResourceKind kind, SupportType type, String title, String description, LocalDate until) {
		this.kind = kind;
		this.type = type;
		this.title = title;
		this.description = description;
		this.until = until;
	}

	/** Open and not past its last day. */
	public boolean openOn(LocalDate today) {
		return this.state == ItemState.OPEN && (this.until == null || !this.until.isBefore(today));
	}

	public void moveTo(ItemState state) {
		this.state = state;
	}

	/** The person who posted an organisation's item is erased: the item stays the organisation's. */
	public void forgetPoster() {
		this.ownerId = null;
	}

	/** For the demo only: the item was posted earlier. */
	public void backdate(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public UUID id() {
		return this.id;
	}

	public ItemDirection direction() {
		return this.direction;
	}

	public ResourceKind kind() {
		return this.kind;
	}

	public SupportType type() {
		return this.type;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public LocalDate until() {
		return this.until;
	}

	public UUID ownerId() {
		return this.ownerId;
	}

	public boolean fromOrganisation() {
		return this.fromOrganisation;
	}

	public ItemState state() {
		return this.state;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
