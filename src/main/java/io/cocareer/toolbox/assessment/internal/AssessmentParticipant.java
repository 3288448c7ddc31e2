package io.cocareer.toolbox.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.toolbox.assessment.ConsensusEntry;

/**
 * A participant of a centre, with who observes them and the wash-up's outcome for them: the
 * consensus per competency, the development suggestions, finalised (frozen from then on) and
 * released to them; withdrawn when they left the organisation before the release (set by
 * {@link AssessmentPeopleLeave}: nothing more is recorded or released). Versioned: two chairs
 * saving at once, the second is refused.
 */
@Entity
@Table(name = "assessment_participant")
public class AssessmentParticipant {

	@Id
	private UUID id;

	private UUID centreId;

	private UUID personId;

	@ElementCollection
	@CollectionTable(name = "assessment_observer", joinColumns = @JoinColumn(name = "participant_id"))
	@Column(name = "assessor_id")
	private Set<UUID> observerIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "assessment_consensus", joinColumns = @JoinColumn(name = "participant_id"))
	private List<Consensus> consensus = new ArrayList<>();

	private String developmentSuggestions;

	private LocalDate finalisedOn;

	private LocalDate releasedOn;

	private LocalDate withdrawnOn;

	@Version
	private Long version;

	protected AssessmentParticipant() {
		// for JPA
	}

	public static AssessmentParticipant of(UUID centreId, UUID personId, Set<UUID> observers) {
		AssessmentParticipant participant = new AssessmentParticipant();
		participant.id = UUID.randomUUID();
		participant.centreId = centreId;
		participant.personId = personId;
		participant.observerIds.addAll(observers);
		return participant;
	}

	public void observedBy(UUID assessorId, boolean observes) {
		if (observes) {
			this.observerIds.add(assessorId);
		}
		else {
			this.observerIds.remove(assessorId);
		}
	}

	/**
	 * Keeps the chair's consensus (only for the competencies given, already checked) and the
	 * suggestions; refused once finalised.
	 */
	public void record(List<ConsensusEntry> entries, String suggestions) {
		requireOpen();
		this.consensus.clear();
		for (ConsensusEntry entry : entries) {
			if (entry.rating() != null) {
				this.consensus.add(new Consensus(entry.competencyId(), entry.rating(), entry.rationale()));
			}
		}
		this.developmentSuggestions = suggestions;
	}

	/** Freezes the wash-up; the caller checked there is a consensus for every competency. */
	public void finalise(LocalDate today) {
		requireOpen();
		this.finalisedOn = today;
	}

	public void release(LocalDate today) {
		if (this.withdrawnOn != null) {
			throw hasLeft();
		}
		if (this.finalisedOn == null) {
			throw new BusinessRuleViolation("toolbox.assessment.rule.releaseFinalisedOnly",
					"A report is released once its wash-up is finalised");
		}
		if (this.releasedOn != null) {
			throw new BusinessRuleViolation("toolbox.assessment.rule.alreadyReleased",
					"This report is already released");
		}
		this.releasedOn = today;
	}

	public void requireOpen() {
		if (this.withdrawnOn != null) {
			throw hasLeft();
		}
		if (this.finalisedOn != null) {
			throw new BusinessRuleViolation("toolbox.assessment.rule.finalised",
					"This wash-up is finalised: it no longer changes");
		}
	}

	/** Refused for a participant who left the organisation before their report was released. */
	public static BusinessRuleViolation hasLeft() {
		return new BusinessRuleViolation("toolbox.assessment.rule.withdrawn",
				"This participant has left the organisation: they are withdrawn from the centre");
	}

	public Optional<Consensus> consensusOf(UUID competencyId) {
		return this.consensus.stream().filter((c) -> c.competencyId().equals(competencyId)).findFirst();
	}

	public UUID id() {
		return this.id;
	}

	public UUID centreId() {
		return this.centreId;
	}

	public UUID personId() {
		return this.personId;
	}

	public Set<UUID> observerIds() {
		return Set.copyOf(this.observerIds);
	}

	public List<Consensus> consensus() {
		return List.copyOf(this.consensus);
	}

	public String developmentSuggestions() {
		return this.developmentSuggestions;
	}

	public LocalDate finalisedOn() {
		return this.finalisedOn;
	}

	public LocalDate releasedOn() {
		return this.releasedOn;
	}

	/** The day they left, when they left before their report was released; otherwise null. */
	public LocalDate withdrawnOn() {
		return this.withdrawnOn;
	}

	public boolean withdrawn() {
		return this.withdrawnOn != null;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
