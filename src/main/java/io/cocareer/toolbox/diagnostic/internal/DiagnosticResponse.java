package io.cocareer.toolbox.diagnostic.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.toolbox.diagnostic.DiagnosticItem;

/**
 * One respondent's answers to a diagnostic, every item from 1 to 5; read by its author alone. Once
 * the respondent is erased it stays in a closed diagnostic as nobody's (no respondent, and the
 * diagnostic's start as the time it was given), and goes from an open one ({@link DiagnosticPeopleLeave}).
 */
@Entity
@Table(name = "toolbox_diagnostic_response")
public class DiagnosticResponse {

	@Id
	private UUID id;

	private UUID diagnosticId;

	private UUID respondentId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "toolbox_diagnostic_answer", joinColumns = @JoinColumn(name = "response_id"))
	@MapKeyColumn(name = "item")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "score")
	private Map<DiagnosticItem, Integer> answers = new EnumMap<>(DiagnosticItem.class);

	private Instant answeredAt;

	@Version
	private Long version;

	protected DiagnosticResponse() {
		// for JPA
	}

	public DiagnosticResponse(UUID diagnosticId, UUID respondentId, Map<DiagnosticItem, Integer> answers, Instant now) {
		this.id = UUID.randomUUID();
		this.diagnosticId = diagnosticId;
		this.respondentId = respondentId;
		change(answers, now);
	}

	/** The answers, complete (the service checks them first). */
	public void change(Map<DiagnosticItem, Integer> answers, Instant now) {
		this.answers.clear();
		this.answers.putAll(answers);
		this.answeredAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID diagnosticId() {
		return this.diagnosticId;
	}

	public UUID respondentId() {
		return this.respondentId;
	}

	public Map<DiagnosticItem, Integer> answers() {
		return (this.answers.isEmpty()) ? Map.of() : new EnumMap<>(this.answers);
	}

	public Instant answeredAt() {
		return this.answeredAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
