package io.cocareer.network.exchange.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.network.exchange.ExchangeItemView;
import io.cocareer.network.exchange.ExchangeService;
import io.cocareer.network.exchange.ItemDirection;
import io.cocareer.network.exchange.ResourceKind;
import io.cocareer.network.exchange.SaveItem;
import io.cocareer.network.exchange.SupportType;

/** An offer or a request as its poster fills it in; the type left empty takes the kind's. */
public class ItemForm {

	@NotNull(message = "{network.exchange.item.directionRequired}")
	private ItemDirection direction;

	@NotNull(message = "{network.exchange.item.kindRequired}")
	private ResourceKind kind;

	private SupportType type;

	@NotBlank(message = "{network.exchange.item.titleRequired}")
	@Size(max = ExchangeService.MAX_TITLE, message = "{network.exchange.validation.tooLong}")
	private String title;

	@Size(max = ExchangeService.MAX_DESCRIPTION, message = "{network.exchange.validation.tooLong}")
	private String description;

	private LocalDate until;

	private boolean fromOrganisation;

	private Long version;

	static ItemForm of(ExchangeItemView item) {
		ItemForm form = new ItemForm();
		form.direction = item.direction();
		form.kind = item.kind();
		form.type = item.type();
		form.title = item.title();
		form.description = item.description();
		form.until = item.until();
		form.fromOrganisation = item.fromOrganisation();
		form.version = item.version();
		return form;
	}

	SaveItem toCommand() {
		return new SaveItem(this.direction, this.kind, this.type, this.title, this.description, this.until,
				this.fromOrganisation);
	}

	public ItemDirection getDirection() {
		return this.direction;
	}

	public void setDirection(ItemDirection direction) {
		this.direction = direction;
	}

	public ResourceKind getKind() {
		return this.kind;
	}

	public void setKind(ResourceKind kind) {
		this.kind = kind;
	}

	public SupportType getType() {
		return this.type;
	}

	public void setType(SupportType type) {
		this.type = type;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getUntil() {
		return this.until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

	public boolean isFromOrganisation() {
		return this.fromOrganisation;
	}

	public void setFromOrganisation(boolean fromOrganisation) {
		this.fromOrganisation = fromOrganisation;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
