package io.cocareer.network.map;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.network.ShareAudience;
import io.cocareer.network.ShareScope;
import io.cocareer.network.map.internal.MapAccess;
import io.cocareer.network.map.internal.NetworkShare;
import io.cocareer.network.map.internal.NetworkShares;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing is the talent's choice: private by default, they may let their manager or the talent
 * leads read their whole map or only its health (no names), and take it back. Every share, every
 * revocation and every read of a shared network is in the audit log (who, whose, how much; never
 * a developer). To anyone it is not shared with, a talent's network does not exist (404).
 */
@Service
public class NetworkSharing {

	private final NetworkShares shares;

	private final NetworkService network;

	private final MapAccess access;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NetworkSharing(NetworkShares shares, NetworkService network, MapAccess access, PeopleDirectory people,
			ApplicationEventPublisher events, Clock clock) {
		this.shares = shares;
		this.network = network;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ShareView> myShares(Actor actor) {
		return this.shares.findByTalentIdOrderByAudience(this.access.ownMap(actor))
			.stream()
			.map((s) -> new ShareView(s.audience(), s.scope(), s.sharedAt()))
			.toList();
	}

	/** Whether the actor may share their map (not an alumnus: their shares ended when they left). */
	public boolean mayShare(Actor actor) {
		return this.access.mayShare(actor);
	}

	/** Shares the actor's network with an audience (or changes how much it sees). */
	@Transactional
	public void share(Actor actor, ShareAudience audience, ShareScope scope) {
		UUID talentId = this.access.ownMap(actor);
		if (!this.access.mayShare(actor)) {
			throw new PermissionDenied("network.share.denied.left",
					"You have left the organisation: your map is yours alone and shared with no one");
		}
		if (audience == null) {
			throw new InvalidInput("audience", "network.share.audienceRequired",
					"Choose your manager or the talent leads");
		}
		if (scope == null) {
			throw new InvalidInput("scope", "network.share.scopeRequired", "Choose the whole map or its health");
		}
		if (audience == ShareAudience.MANAGER && managerOf(talentId).isEmpty()) {
			throw new BusinessRuleViolation("network.share.noManager", "You have no manager to share your network with");
		}
		Optional<NetworkShare> existing = this.shares.findByTalentIdAndAudience(talentId, audience);
		existing.ifPresentOrElse((share) -> share.rescope(scope, this.clock.instant()),
				() -> this.shares.save(new NetworkShare(talentId, audience, scope, this.clock.instant())));
		this.events.publishEvent(AuditEvent.career("network.shared", "network", talentId,
				AuditEvent.term("audit.networkScope." + scope), AuditEvent.term("audit.networkAudience." + audience)));
	}

	@Transactional
	public void revoke(Actor actor, ShareAudience audience) {
		UUID talentId = this.access.ownMap(actor);
		NetworkShare share = this.shares.findByTalentIdAndAudience(talentId, audience)
			.orElseThrow(() -> new NotFoundException("network.share.notFound", "Your network is not shared with them"));
		this.shares.delete(share);
		this.events.publishEvent(AuditEvent.career("network.shareRevoked", "network", talentId,
				AuditEvent.term("audit.networkAudience." + audience)));
	}

	/** The talents who share their network with the reader: as their manager, or as a talent lead. */
	@Transactional(readOnly = true)
	public List<SharedNetwork> sharedWith(Actor reader) {
		List<NetworkShare> found = new ArrayList<>();
		if (reader.personId() != null) {
			this.shares.findByAudience(ShareAudience.MANAGER)
				.stream()
				.filter((s) -> this.people.isManagerOf(reader.personId(), PersonId.of(s.talentId())))
				.forEach(found::add);
		}
		if (reader.isTalentLead()) {
			found.addAll(this.shares.findByAudience(ShareAudience.TALENT_LEAD));
		}
		Map<UUID, PersonSummary> names = this.people.summaries(found.stream().map(NetworkShare::talentId).toList());
		return found.stream()
			.filter((s) -> names.containsKey(s.talentId()) && !s.talentId().equals(PersonId.valueOf(reader.personId())))
			.map((s) -> new SharedNetwork(s.talentId(), names.get(s.talentId()).fullName(), s.scope(), s.sharedAt()))
			.sorted(Comparator.comparing(SharedNetwork::talentName))
			.distinct()
			.toList();
	}

	/** A talent's whole map, if they share it with the reader; otherwise it does not exist. */
	@Transactional
	public NetworkMapView sharedMap(Actor reader, PersonId talentId) {
		ShareScope scope = scopeFor(reader, talentId).filter((s) -> s == ShareScope.MAP)
			.orElseThrow(NetworkSharing::notShared);
		this.events.publishEvent(AuditEvent.career("network.sharedRead", "network", talentId.value(),
				AuditEvent.term("audit.networkScope." + scope)));
		return this.network.mapOf(talentId.value());
	}

	/** A talent's health, if they share their map or its health with the reader. */
	@Transactional
	public NetworkHealthView sharedHealth(Actor reader, PersonId talentId) {
		scopeFor(reader, talentId).orElseThrow(NetworkSharing::notShared);
		this.events.publishEvent(AuditEvent.career("network.sharedRead", "network", talentId.value(),
				AuditEvent.term("audit.networkScope." + ShareScope.HEALTH)));
		return this.network.healthOf(talentId.value());
	}

	/** The most the reader may see of the talent's network: the widest of the shares that reach them. */
	private Optional<ShareScope> scopeFor(Actor reader, PersonId talentId) {
		if (reader.isPerson(talentId)) {
			return Optional.of(ShareScope.MAP);
		}
		ShareScope best = null;
		for (NetworkShare share : this.shares.findByTalentIdOrderByAudience(talentId.value())) {
			boolean reaches = switch (share.audience()) {
				case MANAGER -> reader.personId() != null && this.people.isManagerOf(reader.personId(), talentId);
				case TALENT_LEAD -> reader.isTalentLead();
			};
			if (reaches && (best == null || share.scope() == ShareScope.MAP)) {
				best = share.scope();
			}
		}
		return Optional.ofNullable(best);
	}

	private Optional<PersonView> managerOf(UUID talentId) {
		return this.people.find(PersonId.of(talentId))
			.map(PersonView::managerId)
			.flatMap((managerId) -> this.people.find(PersonId.of(managerId)));
	}

	private static NotFoundException notShared() {
		return new NotFoundException("network.notShared", "There is no such network");
	}

}
