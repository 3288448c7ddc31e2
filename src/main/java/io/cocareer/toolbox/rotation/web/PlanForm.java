package io.cocareer.toolbox.rotation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cocareer.toolbox.rotation.CreatePlan;

/** The new plan form: its name, the talents and packages ticked, and the unit the talents are filtered by. */
public class PlanForm {

	private String name;

	private String unit;

	private List<UUID> talentIds = new ArrayList<>();

	private List<UUID> packageIds = new ArrayList<>();

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public List<UUID> getTalentIds() {
		return this.talentIds;
	}

	public void setTalentIds(List<UUID> talentIds) {
		this.talentIds = (talentIds != null) ? talentIds : new ArrayList<>();
	}

	public List<UUID> getPackageIds() {
		return this.packageIds;
	}

	public void setPackageIds(List<UUID> packageIds) {
		this.packageIds = (packageIds != null) ? packageIds : new ArrayList<>();
	}

	CreatePlan toCommand() {
		return new CreatePlan(this.name, this.talentIds, this.packageIds);
	}

}
