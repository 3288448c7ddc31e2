package io.cocareer.network.plan.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A budget the talent lead sets: for a listed talent, or for another one picked by employee ID. */
public class BudgetForm {

	@Size(max = 40, message = "{network.plan.validation.tooLong}")
	private String employeeId;

	@NotNull(message = "{network.plan.money.required}")
	@DecimalMin(value = "0", message = "{network.plan.money.negative}")
	@Digits(integer = 8, fraction = 2, message = "{network.plan.money.cents}")
	private BigDecimal budget;

	public String getEmployeeId() {
		return this.employeeId;
	}

	public void setEmployeeId(String employeeId) {
		this.employeeId = employeeId;
	}

	public BigDecimal getBudget() {
		return this.budget;
	}

	public void setBudget(BigDecimal budget) {
		this.budget = budget;
	}

}
