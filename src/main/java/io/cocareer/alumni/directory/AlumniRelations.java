package io.cocareer.alumni.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.AlumniGroupSizeSettings;
import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.directory.internal.DirectoryAccess;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.AlumnusFacts;
import io.cocareer.alumni.register.AlumnusRecord;
import io.cocareer.alumni.register.InteractionView;
import io.cocareer.alumni.register.RecordInteraction;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.disclosure.CountTable;
import io.cocareer.shared.disclosure.Suppression;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent lead's relations with the alumni: every alumnus with their tier and last interaction,
 * one alumnus' record, profile and interactions log, recording an interaction, marking a referral
 * hired, the distinguished tier, and the tiers' rules with how many alumni each holds (groups
 * under k hidden). The register keeps the records and decides the tiers; {@link DirectoryAccess}
 * lets the talent lead alone in. An invitation to the distinguished tier is told to the alumnus,
 * only if their consent holds.
 */
@Service
public class AlumniRelations {

	private final AlumniRegister register;

	private final AlumniDirectory directory;

	private final DirectoryAccess access;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final int minGroupSize;

	AlumniRelations(AlumniRegister register, AlumniDirectory directory, DirectoryAccess access, PeopleDirectory people,
			ApplicationEventPublisher events, AlumniGroupSizeSettings groupSize) {
		this.register = register;
		this.directory = directory;
		this.access = access;
		this.people = people;
		this.events = events;
		this.minGroupSize = groupSize.minGroupSize();
	}

	/** Whether the actor manages the relations with the alumni (the navigation shows "Alumni" by it). */
	public boolean mayManageRelations(Actor actor) {
		return this.access.mayManageRelations(actor);
	}

	/** Every alumnus (of one tier, if asked), most recent leavers first. */
	@Transactional(readOnly = true)
	public PageResult<AlumnusRow> alumni(Actor actor, AlumniTier tier, Paging paging) {
		this.access.lead(actor);
		List<AlumnusFacts> all = this.register.facts()
			.stream()
			.filter((f) -> tier == null || f.tier() == tier)
			.sorted(Comparator.comparing(AlumnusFacts::leftOn).reversed().thenComparing((f) -> f.personId().value()))
			.toList();
		int from = (int) Math.min(paging.offset(), all.size());
		List<AlumnusFacts> page = all.subList(from, Math.min(from + paging.size(), all.size()));
		PersonNames names = this.people.names(page.stream().map((f) -> f.personId().value()).toList());
		List<AlumnusRow> rows = page.stream()
			.map((f) -> new AlumnusRow(f.personId().value(), names.of(f.personId(), null), f.leftOn(), f.reasonKind(),
					f.tier(), f.contactable(), f.lastInteractionOn(), f.rehiredOn()))
			.toList();
		return new PageResult<>(rows, paging.page(), paging.size(), all.size());
	}

	/** One alumnus: their record, their profile and their interactions log, newest first. */
	@Transactional(readOnly = true)
	public AlumnusDetail alumnus(Actor actor, PersonId personId) {
		this.access.lead(actor);
		AlumnusRecord record = this.register.record(personId).orElseThrow(DirectoryAccess::notFound);
		List<InteractionView> log = this.register.interactions(personId);
		String name = this.people.names(List.of(personId.value())).of(personId, null);
		return new AlumnusDetail(name, record, this.directory.profileIfAny(actor, personId).orElse(null), log);
	}

	/** The talent lead records an interaction with an alumnus (the register checks it). */
	@Transactional
	public UUID recordInteraction(Actor actor, PersonId personId, RecordInteraction command) {
		this.access.lead(actor);
		return this.register.recordInteraction(actor, personId, command);
	}

	/** The talent lead marks an alumnus' referral as hired. */
	@Transactional
	public void markReferralHired(Actor actor, UUID interactionId) {
		this.access.lead(actor);
		this.register.markReferralHired(actor, interactionId);
	}

	/**
	 * The talent lead invites an alumnus to the distinguished tier, or ends it; an invitation is
	 * told to the alumnus if their consent holds.
	 */
	@Transactional
	public void setDistinguished(Actor actor, PersonId personId, boolean distinguished) {
		this.access.lead(actor);
		AlumnusRecord before = this.register.record(personId).orElseThrow(DirectoryAccess::notFound);
		this.register.setDistinguished(actor, personId, distinguished);
		if (distinguished && before.distinguishedSince() == null && this.register.contactable(personId)) {
			this.events.publishEvent(Notice.toPeople("alumni.directory.distinguished", Set.of(personId.value()),
					"notice.alumni.directory.distinguished", List.of(), "/portal/profile",
					"alumni.directory.distinguished." + personId.value()));
		}
	}

	/**
	 * The tier rules in plain words, highest tier first, each with how many alumni it holds, and
	 * all alumni last; a count of 1 to k−1, or one that would let such a group be worked out from
	 * the others, is hidden.
	 */
	@Transactional(readOnly = true)
	public List<TierCount> tiers(Actor actor) {
		this.access.lead(actor);
		AlumniTier[] tiers = AlumniTier.values();
		CountTable table = new CountTable(tiers.length);
		this.register.facts().forEach((f) -> table.add(f.tier().ordinal()));
		boolean[] hidden = Suppression.protect(table, this.minGroupSize);
		List<String> rules = this.register.tierRuleKeys();
		List<TierCount> counts = new ArrayList<>();
		for (int i = tiers.length - 1; i >= 0; i--) {
			AlumniTier tier = tiers[i];
			String rule = rules.stream().filter((key) -> key.endsWith("." + tier.name())).findFirst().orElse(null);
			counts.add(count(tier, rule, table, hidden, table.cell(i)));
		}
		counts.add(count(null, null, table, hidden, table.cell(table.all(0))));
		return counts;
	}

	/** The smallest group the tiers page shows. */
	public int minGroupSize() {
		return this.minGroupSize;
	}

	private TierCount count(AlumniTier tier, String rule, CountTable table, boolean[] hidden, int cell) {
		long count = table.count(cell);
		return hidden[cell] ? new TierCount(tier, rule, null, count < this.minGroupSize)
				: new TierCount(tier, rule, count, false);
	}

}
