package io.cocareer.toolbox.diagnostic.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.toolbox.diagnostic.Condition;
import io.cocareer.toolbox.diagnostic.DiagnosticScope;
import io.cocareer.toolbox.diagnostic.DiagnosticStatus;
import io.cocareer.toolbox.diagnostic.DiagnosticWeights;

/**
 * A when-to-use diagnostic: its title, its scope (the organisation or one unit), the people asked
 * to answer, the weights of the conditions; open while it collects answers, closed (and its result
 * frozen: no answer changes any more) once the talent lead closes it.
 */
@Entity
@Table(name = "toolbox_diagnostic")
public class Diagnostic {

	@Id
	private UUID id;

	private String title;

	@Enumerated(EnumType.STRING)
	private DiagnosticScope scope;

	private UUID unitId;

	@Enumerated(EnumType.STRING)
	private DiagnosticStatus status;

	private double weightC1;

	private double weightC2;

	private double weightC3;

	private double weightC4;

	private double weightC5;

	@ElementCollection
	@CollectionTable(name = "toolbox_diagnostic_respondent", joinColumns = @JoinColumn(name = "diagnostic_id"))
	@Column(name = "person_id")
	private Set<UUID> respondents = new LinkedHashSet<>();

	private LocalDate openedOn;

	private LocalDate closedOn;

	private Instant createdAt;

	@Version
	private Long version;

	protected Diagnostic() {
		// for JPA
	}

	public Diagnostic(String title, DiagnosticScope scope, UUID unitId, Set<UUID> respondents,
			DiagnosticWeights weights, LocalDate openedOn, Instant now) {
		this.id = UUID.randomUUID();
		this.title = title;
		this.scope = scope;
		this.unitId = (scope == DiagnosticScope.UNIT) ? unitId : null;
		this.status = DiagnosticStatus.OPEN;
		this.respondents.addAll(respondents);
		this.weightC1 = weights.of(Condition.C1);
		this.weightC2 = weights.of(Condition.C2);
		this.weightC3 = weights.of(Condition.C3);
		this.weightC4 = weights.of(Condition.C4);
		this.weightC5 = weights.of(Condition.C5);
		this.openedOn = openedOn;
		this.createdAt = now;
	}

	public void close(LocalDate today) {
		requireOpen();
		this.status = DiagnosticStatus.CLOSED;
		this.closedOn = today;
	}

	public void requireOpen() {
		if (this.status != DiagnosticStatus.OPEN) {
			throw new BusinessRuleViolation("toolbox.diagnostic.rule.closed",
					"This diagnostic is closed: its answers and its result no longer change");
		}
	}

	/** For the demo: its dates move back by the days. */
	void backdate(int days, int ranForDays) {
		this.openedOn = this.openedOn.minusDays(days + ((this.closedOn != null) ? ranForDays : 0));
		this.closedOn = (this.closedOn != null) ? this.closedOn.minusDays(days) : null;
		this.createdAt = this.createdAt.minus(java.time.Duration.ofDays(days + ((this.closedOn != null) ? ranForDays : 0)));
	}

	/** The action key of the notice that asks a respondent to answer (done once they answer or leave). */
	public static String answerAction(UUID diagnosticId) {
		return "toolbox.diagnostic.answer." + diagnosticId;
	}

	public boolean isRespondent(UUID personId) {
		return personId != null && this.respondents.contains(personId);
	}

	public DiagnosticWeights weights() {
		Map<Condition, Double> weights = new EnumMap<>(Condition.class);
		weights.put(Condition.C1, this.weightC1);
		weights.put(Condition.C2, this.weightC2);
		weights.put(Condition.C3, this.weightC3);
		weights.put(Condition.C4, this.weightC4);
		weights.put(Condition.C5, this.weightC5);
		return new DiagnosticWeights(weights);
	}

	public UUID id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public DiagnosticScope scope() {
		return this.scope;
	}

	public UUID unitId() {
		return this.unitId;
	}

	public DiagnosticStatus status() {
		return this.status;
	}

	public boolean open() {
		return this.status == DiagnosticStatus.OPEN;
	}

	public Set<UUID> respondents() {
		return Set.copyOf(this.respondents);
	}

	public LocalDate openedOn() {
		return this.openedOn;
	}

	public LocalDate closedOn() {
		return this.closedOn;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
