package io.cocareer.network.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.plan.RecordDone;

/**
 * An activity recorded as done: the outcome, the actual cost and a few rows of people met (an
 * empty row is left out); each ticked row goes onto the map.
 */
public class DoneForm {

	/** Rows the form offers for people met. */
	static final int ROWS = 4;

	@NotBlank(message = "{network.plan.done.outcomeRequired}")
	@Size(max = 2000, message = "{network.plan.validation.tooLong}")
	private String outcome;

	@NotNull(message = "{network.plan.money.required}")
	@DecimalMin(value = "0", message = "{network.plan.money.negative}")
	@Digits(integer = 8, fraction = 2, message = "{network.plan.money.cents}")
	private BigDecimal actualCost;

	@Valid
	private List<Row> peopleMet = new ArrayList<>();

	static DoneForm of(BigDecimal estimated) {
		DoneForm form = new DoneForm();
		form.actualCost = estimated;
		form.fill();
		return form;
	}

	/** Tops the rows up to {@link #ROWS}. */
	void fill() {
		while (this.peopleMet.size() < ROWS) {
			this.peopleMet.add(new Row());
		}
	}

	/** The command, leaving out rows with nothing in them. */
	RecordDone toCommand() {
		List<RecordDone.PersonMet> people = new ArrayList<>();
		for (Row row : this.peopleMet) {
			if (!row.isEmpty()) {
				people.add(new RecordDone.PersonMet(row.name, row.organisation, row.arena, row.role, row.addToMap));
			}
		}
		return new RecordDone(this.outcome, this.actualCost, people);
	}

	/**
	 * The index of the form row that the n-th person of the command came from (empty rows are
	 * left out of the command), so a refusal of a person lands next to their row.
	 */
	int formRowOf(int commandIndex) {
		int seen = -1;
		for (int i = 0; i < this.peopleMet.size(); i++) {
			if (!this.peopleMet.get(i).isEmpty() && ++seen == commandIndex) {
				return i;
			}
		}
		return commandIndex;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public BigDecimal getActualCost() {
		return this.actualCost;
	}

	public void setActualCost(BigDecimal actualCost) {
		this.actualCost = actualCost;
	}

	public List<Row> getPeopleMet() {
		return this.peopleMet;
	}

	public void setPeopleMet(List<Row> peopleMet) {
		this.peopleMet = (peopleMet == null) ? new ArrayList<>() : peopleMet;
	}

	/** One person met. */
	public static class Row {

		@Size(max = 120, message = "{network.plan.validation.tooLong}")
		private String name;

		@Size(max = 120, message = "{network.plan.validation.tooLong}")
		private String organisation;

		private Arena arena;

		private DeveloperRole role;

		private boolean addToMap = true;

		boolean isEmpty() {
			return (this.name == null || this.name.isBlank()) && (this.organisation == null || this.organisation.isBlank());
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getOrganisation() {
			return this.organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public Arena getArena() {
			return this.arena;
		}

		public void setArena(Arena arena) {
			this.arena = arena;
		}

		public DeveloperRole getRole() {
			return this.role;
		}

		public void setRole(DeveloperRole role) {
			this.role = role;
		}

		public boolean isAddToMap() {
			return this.addToMap;
		}

		public void setAddToMap(boolean addToMap) {
			this.addToMap = addToMap;
		}

	}

}
