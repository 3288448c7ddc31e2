package io.cocareer.network.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.network.plan.ActivityKind;
import io.cocareer.network.plan.Money;
import io.cocareer.network.plan.PlanView;
import io.cocareer.network.plan.SaveActivity;

import org.springframework.format.annotation.DateTimeFormat;

/** An activity as the plan and edit forms hold it. */
public class ActivityForm {

	@NotNull(message = "{network.plan.field.required}")
	private ActivityKind kind;

	@NotBlank(message = "{network.plan.activity.titleRequired}")
	@Size(max = 160, message = "{network.plan.validation.tooLong}")
	private String title;

	@NotNull(message = "{network.plan.activity.dateRequired}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	private Set<UUID> gapIds = new LinkedHashSet<>();

	@NotNull(message = "{network.plan.money.required}")
	@DecimalMin(value = "0", message = "{network.plan.money.negative}")
	@Digits(integer = 8, fraction = 2, message = "{network.plan.money.cents}")
	private BigDecimal estimatedCost = BigDecimal.ZERO;

	private long version;

	static ActivityForm of(PlanView.ActivityView activity) {
		ActivityForm form = new ActivityForm();
		form.kind = activity.kind();
		form.title = activity.title();
		form.startsOn = activity.startsOn();
		form.endsOn = activity.endsOn();
		form.gapIds = new LinkedHashSet<>(activity.gapIds());
		form.estimatedCost = Money.amount(activity.estimatedCents());
		form.version = activity.version();
		return form;
	}

	SaveActivity toCommand() {
		return new SaveActivity(this.kind, this.title, this.startsOn, this.endsOn, this.gapIds, this.estimatedCost);
	}

	public ActivityKind getKind() {
		return this.kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Set<UUID> getGapIds() {
		return this.gapIds;
	}

	public void setGapIds(Set<UUID> gapIds) {
		this.gapIds = (gapIds == null) ? new LinkedHashSet<>() : gapIds;
	}

	public BigDecimal getEstimatedCost() {
		return this.estimatedCost;
	}

	public void setEstimatedCost(BigDecimal estimatedCost) {
		this.estimatedCost = estimatedCost;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
