package io.cocareer.talent.competency;

import java.util.List;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.CompetencyView;
import io.cocareer.talent.competency.internal.Competency;
import io.cocareer.talent.competency.internal.CompetencyReadModel;
import io.cocareer.talent.competency.internal.CompetencyRepository;
import io.cocareer.talent.internal.TalentGuard;
import io.cocareer.talent.internal.TalentInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competency catalogue that talents rate themselves in and work packages ask for: everyone
 * reads it, the talent lead keeps it ({@link TalentGuard}).
 */
@Service
@Transactional
public class CompetencyService implements CompetencyCatalogue {

	private final CompetencyRepository competencies;

	private final CompetencyReadModel reads;

	private final TalentGuard guard;

	private final ApplicationEventPublisher events;

	CompetencyService(CompetencyRepository competencies, CompetencyReadModel reads, TalentGuard guard,
			ApplicationEventPublisher events) {
		this.competencies = competencies;
		this.reads = reads;
		this.guard = guard;
		this.events = events;
	}

	/** The catalogue by category, then name. */
	@Transactional(readOnly = true)
	@Override
	public List<CompetencyView> competencies() {
		return this.reads.catalogue();
	}

	/** The catalogue as the talent lead's page shows it (the page is the lead's alone). */
	@Transactional(readOnly = true)
	public List<CompetencyView> catalogueForLead(Actor actor) {
		this.guard.requireLead(actor);
		return this.reads.catalogue();
	}

	/** The ids of the catalogue, which a profile's competencies must come from (one statement). */
	@Transactional(readOnly = true)
	public List<UUID> catalogueIds() {
		return this.reads.catalogueIds();
	}

	public UUID addCompetency(Actor actor, String name, String category, String description) {
		this.guard.requireLead(actor);
		String cleanName = TalentInput.required(name, "name", 80);
		String cleanCategory = TalentInput.required(category, "category", 40);
		String cleanDescription = (description == null || description.isBlank()) ? null : description.strip();
		if (cleanDescription != null && cleanDescription.length() > 400) {
			throw new InvalidInput("description", "talent.competency.tooLong", "At most 400 characters", 400);
		}
		if (this.competencies.findByNameIgnoreCase(cleanName).isPresent()) {
			throw new BusinessRuleViolation("talent.competency.duplicateName",
					"The catalogue already has %s".formatted(cleanName), cleanName);
		}
		Competency competency = this.competencies.save(new Competency(cleanName, cleanCategory, cleanDescription));
		this.events.publishEvent(AuditEvent.open("talent.competency.added", "competency", competency.id(),
				AuditEvent.text(cleanName), AuditEvent.text(cleanCategory)));
		return competency.id();
	}

}
