package io.cocareer.talent.ninebox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.InvalidInput;
import io.cocareer.talent.internal.TalentGuard;
import io.cocareer.talent.internal.TalentInput;
import io.cocareer.talent.internal.TalentReadModel;
import io.cocareer.talent.internal.TalentReadModel.PoolRow;
import io.cocareer.talent.ninebox.internal.NineBoxLabels;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 9-box: the active pool by performance and potential, and the names of its nine cells.
 * The talent lead's alone ({@link TalentGuard}).
 */
@Service
@Transactional
public class NineBoxService {

	private final TalentReadModel reads;

	private final NineBoxLabels labels;

	private final TalentGuard guard;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	NineBoxService(TalentReadModel reads, NineBoxLabels labels, TalentGuard guard, PeopleDirectory people,
			ApplicationEventPublisher events) {
		this.reads = reads;
		this.labels = labels;
		this.guard = guard;
		this.people = people;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public NineBoxView nineBox(Actor actor) {
		this.guard.requireLead(actor);
		List<PoolRow> rows = this.reads.activeDesignations(null, null);
		Map<String, String> labels = this.reads.labels();
		Map<UUID, PersonSummary> names = this.people.summaries(rows.stream().map(PoolRow::personId).toList());
		List<NineBoxView.Cell> cells = new ArrayList<>();
		for (int potential = 3; potential >= 1; potential--) {
			for (int performance = 1; performance <= 3; performance++) {
				int x = performance;
				int y = potential;
				List<NineBoxView.Member> members = rows.stream()
					.filter((row) -> row.performance() == x && row.potential() == y)
					.map((row) -> new NineBoxView.Member(row.personId(), TalentReadModel.name(names, row.personId())))
					.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
					.toList();
				cells.add(new NineBoxView.Cell(x, y, labels.get(TalentReadModel.cellKey(x, y)), members));
			}
		}
		return new NineBoxView(cells, rows.size());
	}

	/** The nine labels in the 9-box's reading order (high potential first, low performance first). */
	@Transactional(readOnly = true)
	public List<String> nineBoxLabels(Actor actor) {
		this.guard.requireLead(actor);
		Map<String, String> labels = this.reads.labels();
		List<String> ordered = new ArrayList<>();
		for (int potential = 3; potential >= 1; potential--) {
			for (int performance = 1; performance <= 3; performance++) {
				ordered.add(labels.get(TalentReadModel.cellKey(performance, potential)));
			}
		}
		return ordered;
	}

	/** Renames the nine cells; the labels come in the reading order of {@link #nineBoxLabels}. */
	public void relabelNineBox(Actor actor, List<String> labels) {
		this.guard.requireLead(actor);
		if (labels == null || labels.size() != 9) {
			throw new InvalidInput("labels", "talent.nineBox.nineLabels", "Give the nine labels");
		}
		List<String> clean = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			clean.add(TalentInput.required(labels.get(i), "labels[" + i + "]", 60));
		}
		int i = 0;
		for (int potential = 3; potential >= 1; potential--) {
			for (int performance = 1; performance <= 3; performance++) {
				this.labels.relabel(performance, potential, clean.get(i++));
			}
		}
		this.events.publishEvent(AuditEvent.open("talent.nineBox.relabelled", "nineBox", "labels"));
	}

}
