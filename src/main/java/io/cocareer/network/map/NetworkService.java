package io.cocareer.network.map;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.map.NetworkMapView.DeveloperView;
import io.cocareer.network.map.NetworkMapView.GapView;
import io.cocareer.network.map.NetworkMapView.TieView;
import io.cocareer.network.health.EgoMap;
import io.cocareer.network.health.NetworkHealth;
import io.cocareer.network.map.internal.DesiredGap;
import io.cocareer.network.map.internal.DesiredGaps;
import io.cocareer.network.map.internal.Developer;
import io.cocareer.network.map.internal.DeveloperTie;
import io.cocareer.network.map.internal.DeveloperTies;
import io.cocareer.network.map.internal.Developers;
import io.cocareer.network.map.internal.MapAccess;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A talent's own developmental network: the developers on their map, which of them know each
 * other, and the developers they still want. Every call works on the signed-in talent's own map
 * ({@link MapAccess}); nothing here reads or changes anyone else's.
 */
@Service
public class NetworkService {

	/** Most developers one map holds: the literature's maps have 5 to 20; this leaves room. */
	public static final int MAX_DEVELOPERS = 60;

	/** Most gaps one desired network lists. */
	public static final int MAX_GAPS = 20;

	private final Developers developers;

	private final DeveloperTies ties;

	private final DesiredGaps gaps;

	private final MapAccess access;

	private final PeopleDirectory people;

	private final Clock clock;

	NetworkService(Developers developers, DeveloperTies ties, DesiredGaps gaps, MapAccess access,
			PeopleDirectory people, Clock clock) {
		this.developers = developers;
		this.ties = ties;
		this.gaps = gaps;
		this.access = access;
		this.people = people;
		this.clock = clock;
	}

	/** Whether the actor keeps a map (pages show the link and the card by it). */
	public boolean mayKeepAMap(Actor actor) {
		return this.access.mayKeepAMap(actor);
	}

	@Transactional(readOnly = true)
	public NetworkMapView myMap(Actor actor) {
		return mapOf(this.access.ownMap(actor));
	}

	@Transactional(readOnly = true)
	public NetworkHealthView myHealth(Actor actor) {
		return new NetworkHealthView(healthOf(mapOf(this.access.ownMap(actor))));
	}

	/**
	 * The health of the actor's own map as the caller has just read it ({@link #myMap}), so a page
	 * that shows both reads the map once. Reads nothing; a map that is not the actor's is refused.
	 */
	public NetworkHealthView myHealth(Actor actor, NetworkMapView myMap) {
		if (!myMap.talentId().equals(this.access.ownMap(actor))) {
			throw new IllegalArgumentException("Not the actor's own map");
		}
		return new NetworkHealthView(healthOf(myMap));
	}

	@Transactional
	public UUID addDeveloper(Actor actor, SaveDeveloper details) {
		UUID talentId = this.access.ownMap(actor);
		requireMayNamePeople(actor, details);
		check(talentId, details, null);
		if (this.developers.countByTalentId(talentId) >= MAX_DEVELOPERS) {
			throw new BusinessRuleViolation("network.developer.tooMany",
					"A map holds at most %d developers".formatted(MAX_DEVELOPERS), MAX_DEVELOPERS);
		}
		Developer developer = new Developer(talentId, details, this.clock.instant());
		this.developers.save(developer);
		return developer.id();
	}

	@Transactional
	public void changeDeveloper(Actor actor, UUID developerId, SaveDeveloper details, long expectedVersion) {
		UUID talentId = this.access.ownMap(actor);
		Developer developer = ownDeveloper(talentId, developerId);
		if (developer.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The developer changed since it was read");
		}
		requireMayNamePeople(actor, details);
		check(talentId, details, developerId);
		developer.change(details);
	}

	@Transactional
	public void removeDeveloper(Actor actor, UUID developerId) {
		UUID talentId = this.access.ownMap(actor);
		Developer developer = ownDeveloper(talentId, developerId);
		this.ties.deleteTiesOf(developer.id());
		this.developers.delete(developer);
	}

	/** Records that two developers of the talent's map know each other. */
	@Transactional
	public UUID addTie(Actor actor, UUID oneId, UUID otherId) {
		UUID talentId = this.access.ownMap(actor);
		if (oneId == null) {
			throw new InvalidInput("oneId", "network.tie.developerRequired", "Choose two developers");
		}
		if (otherId == null) {
			throw new InvalidInput("otherId", "network.tie.developerRequired", "Choose two developers");
		}
		if (oneId.equals(otherId)) {
			throw new InvalidInput("otherId", "network.tie.self", "A developer cannot be tied to themselves");
		}
		for (Map.Entry<String, UUID> end : Map.of("oneId", oneId, "otherId", otherId).entrySet()) {
			if (this.developers.findByIdAndTalentId(end.getValue(), talentId).isEmpty()) {
				throw new InvalidInput(end.getKey(), "network.tie.unknownDeveloper",
						"This developer is not on your map");
			}
		}
		DeveloperTie tie = new DeveloperTie(talentId, oneId, otherId, this.clock.instant());
		if (this.ties.existsByOneIdAndOtherId(tie.oneId(), tie.otherId())) {
			throw new BusinessRuleViolation("network.tie.duplicate", "These two developers are already tied");
		}
		this.ties.save(tie);
		return tie.id();
	}

	@Transactional
	public void removeTie(Actor actor, UUID tieId) {
		UUID talentId = this.access.ownMap(actor);
		this.ties.delete(this.ties.findByIdAndTalentId(tieId, talentId).orElseThrow(() -> notFound("network.tie.notFound")));
	}

	@Transactional
	public UUID addGap(Actor actor, DeveloperRole role, Arena arena, String description) {
		UUID talentId = this.access.ownMap(actor);
		if (role == null) {
			throw new InvalidInput("role", "network.field.required", "Choose a role");
		}
		if (description == null || description.isBlank()) {
			throw new InvalidInput("description", "network.field.required", "Say whom you are looking for");
		}
		if (this.gaps.findByTalentIdOrderByCreatedAt(talentId).size() >= MAX_GAPS) {
			throw new BusinessRuleViolation("network.gap.tooMany",
					"A desired network lists at most %d developers".formatted(MAX_GAPS), MAX_GAPS);
		}
		DesiredGap gap = new DesiredGap(talentId, role, arena, description.strip(), this.clock.instant());
		this.gaps.save(gap);
		return gap.id();
	}

	@Transactional
	public void removeGap(Actor actor, UUID gapId) {
		UUID talentId = this.access.ownMap(actor);
		this.gaps.delete(this.gaps.findByIdAndTalentId(gapId, talentId).orElseThrow(() -> notFound("network.gap.notFound")));
	}

	/** Deletes the actor's whole map: developers, ties and desired network. */
	@Transactional
	public void deleteMyMap(Actor actor) {
		UUID talentId = this.access.ownMap(actor);
		this.ties.deleteMapOf(talentId);
		this.gaps.deleteMapOf(talentId);
		this.developers.findByTalentIdOrderByCreatedAt(talentId).forEach(this.developers::delete);
	}

	/** Whether the actor may name people of the organisation as developers: alumni no longer see them. */
	public boolean mayNamePeople(Actor actor) {
		return actor.isStaff();
	}

	private void requireMayNamePeople(Actor actor, SaveDeveloper details) {
		if (details.personId() != null && !mayNamePeople(actor)) {
			throw new InvalidInput("personId", "network.developer.peopleForStaff",
					"Name the developer: the organisation's people are not listed for alumni");
		}
	}

	private void check(UUID talentId, SaveDeveloper details, UUID self) {
		if (details.personId() != null) {
			UUID personId = details.personId().value();
			if (personId.equals(talentId)) {
				throw new InvalidInput("personId", "network.developer.self", "You cannot be your own developer");
			}
			if (this.people.find(details.personId()).isEmpty()) {
				throw new InvalidInput("personId", "network.developer.unknownPerson", "Nobody of the organisation has this id");
			}
			boolean taken = (self == null) ? this.developers.existsByTalentIdAndPersonId(talentId, personId)
					: this.developers.existsByTalentIdAndPersonIdAndIdNot(talentId, personId, self);
			if (taken) {
				throw new InvalidInput("personId", "network.developer.duplicate", "This person is already on your map");
			}
		}
		else {
			if (details.name() == null) {
				throw new InvalidInput("name", "network.developer.nameRequired",
						"Name the developer, or pick a person of the organisation");
			}
			String key = externalKey(details.name(), details.organisation());
			boolean taken = this.developers.findByTalentIdOrderByCreatedAt(talentId).stream()
				.filter((d) -> d.personId() == null && !d.id().equals(self))
				.anyMatch((d) -> externalKey(d.name(), d.organisation()).equals(key));
			if (taken) {
				throw new InvalidInput("name", "network.developer.duplicate", "This developer is already on your map");
			}
		}
		if (details.closeness() < 1 || details.closeness() > 5) {
			throw new InvalidInput("closeness", "network.developer.closenessRange", "Closeness is 1 to 5");
		}
		if (details.arena() == null) {
			throw new InvalidInput("arena", "network.field.required", "Choose where the developer comes from");
		}
		if (details.role() == null) {
			throw new InvalidInput("role", "network.field.required", "Choose what the developer is to you");
		}
		if (details.contactFrequency() == null) {
			throw new InvalidInput("contactFrequency", "network.field.required", "Choose how often you are in touch");
		}
		if (details.lastContact() != null && details.lastContact().isAfter(LocalDate.now(this.clock))) {
			throw new InvalidInput("lastContact", "network.developer.contactInFuture", "The last contact cannot be in the future");
		}
	}

	private static String externalKey(String name, String organisation) {
		return (Objects.toString(name, "") + "\u0000" + Objects.toString(organisation, "")).toLowerCase(Locale.ROOT).strip();
	}

	private Developer ownDeveloper(UUID talentId, UUID developerId) {
		return this.developers.findByIdAndTalentId(developerId, talentId)
			.orElseThrow(() -> notFound("network.developer.notFound"));
	}

	private static NotFoundException notFound(String code) {
		return new NotFoundException(code, "There is no such entry on your map");
	}

	/** The map of this talent, for the sharing rules (which have decided the reader may see it). */
	NetworkMapView mapOf(UUID talentId) {
		List<Developer> stored = this.developers.findByTalentIdOrderByCreatedAt(talentId);
		Map<UUID, PersonSummary> persons = this.people.summaries(
				stored.stream().map(Developer::personId).filter(Objects::nonNull).toList());
		List<DeveloperView> views = stored.stream().map((d) -> {
			PersonSummary person = (d.personId() != null) ? persons.get(d.personId()) : null;
			String name = (person != null) ? person.fullName() : d.name();
			return new DeveloperView(d.id(), d.personId(), name, d.organisation(), d.internal(), d.arena(), d.role(), d.closeness(),
					d.contactFrequency(), d.lastContact(), d.support(), d.version());
		}).toList();
		List<TieView> tieViews = this.ties.findByTalentIdOrderByCreatedAt(talentId).stream()
			.map((t) -> new TieView(t.id(), t.oneId(), t.otherId()))
			.toList();
		List<GapView> gapViews = this.gaps.findByTalentIdOrderByCreatedAt(talentId).stream()
			.map((g) -> new GapView(g.id(), g.role(), g.arena(), g.description()))
			.toList();
		return new NetworkMapView(talentId, views, tieViews, gapViews);
	}

	/** The health of this talent's map, for the sharing rules. */
	NetworkHealthView healthOf(UUID talentId) {
		return new NetworkHealthView(healthOf(mapOf(talentId)));
	}

	private NetworkHealth healthOf(NetworkMapView map) {
		List<EgoMap.Developer<UUID>> egoDevelopers = map.developers().stream()
			.map((d) -> new EgoMap.Developer<>(d.id(), d.arena(), d.internal(), d.closeness(), d.support(),
					d.lastContact()))
			.toList();
		List<EgoMap.Tie<UUID>> egoTies = map.ties().stream().map((t) -> new EgoMap.Tie<>(t.oneId(), t.otherId())).toList();
		return NetworkHealth.of(new EgoMap<>(egoDevelopers, egoTies), NetworkHealth.Thresholds.DEFAULT,
				LocalDate.now(this.clock));
	}

}
