package io.cocareer.network.recruit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cocareer.network.Arena;
import io.cocareer.network.map.NetworkReach;
import io.cocareer.network.recruit.CandidateView.AssetView;
import io.cocareer.network.recruit.ReachEvaluation.AssetReach;
import io.cocareer.network.recruit.ReachEvaluation.Reach;
import io.cocareer.network.recruit.internal.Candidate;
import io.cocareer.network.recruit.internal.CandidateAsset;
import io.cocareer.network.recruit.internal.CandidateAssets;
import io.cocareer.network.recruit.internal.Candidates;
import io.cocareer.network.recruit.internal.RecruitAccess;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.SavePerson;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruit for connections: candidates, their network assets, the reach they would add, and the
 * hire that makes them a person of the organisation (through the people module, with the talent
 * lead's own right to create people). Who may do what is {@link RecruitAccess}'s; every write is
 * in the audit log without a name, an asset or a note.
 */
@Service
public class CandidateService {

	/** Most assets one candidate lists. */
	public static final int MAX_ASSETS = 40;

	static final int MAX_NAME = 120;

	static final int MAX_NOTE = 1000;

	static final int MAX_DESCRIPTION = 200;

	private static final Pattern EMPLOYEE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Candidates candidates;

	private final CandidateAssets assets;

	private final RecruitAccess access;

	private final NetworkReach reach;

	private final PeopleService peopleService;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CandidateService(Candidates candidates, CandidateAssets assets, RecruitAccess access, NetworkReach reach,
			PeopleService peopleService, PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
		this.candidates = candidates;
		this.assets = assets;
		this.access = access;
		this.reach = reach;
		this.peopleService = peopleService;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor keeps candidates (the pages' {@code mayRecruit}: new candidate, stage, hire). */
	public boolean mayRecruit(Actor actor) {
		return this.access.mayRecruit(actor);
	}

	/** Whether the actor has candidates to open (the navigation link). */
	@Transactional(readOnly = true)
	public boolean mayOpenCandidates(Actor actor) {
		return this.access.mayOpenCandidates(actor);
	}

	/** The candidates the actor may see, newest first, of one stage or all ({@code null}). */
	@Transactional(readOnly = true)
	public List<CandidateView> list(Actor actor, CandidateStage stage) {
		this.access.requireCandidates(actor);
		List<Candidate> found;
		if (this.access.mayRecruit(actor)) {
			found = (stage == null) ? this.candidates.findAllByOrderByCreatedAtDesc()
					: this.candidates.findByStageOrderByCreatedAtDesc(stage);
		}
		else {
			found = this.candidates.findByHiringManagerIdOrderByCreatedAtDesc(actor.personId().value())
				.stream()
				.filter((c) -> stage == null || c.stage() == stage)
				.toList();
		}
		return views(actor, found);
	}

	@Transactional(readOnly = true)
	public CandidateView get(Actor actor, UUID candidateId) {
		return views(actor, List.of(visible(actor, candidateId))).get(0);
	}

	@Transactional
	public UUID create(Actor actor, SaveCandidate details) {
		this.access.requireRecruit(actor);
		check(details);
		if (details.stage() == CandidateStage.HIRED) {
			throw new InvalidInput("stage", "recruit.stage.hireToHire", "A candidate is hired by hiring them, at the offer");
		}
		Candidate candidate = new Candidate(details, this.clock.instant());
		this.candidates.save(candidate);
		audit(AuditEvent.career("recruit.candidateAdded", "candidate", candidate.id(),
				AuditEvent.term("audit.candidateStage." + candidate.stage())));
		return candidate.id();
	}

	/** Changes the candidate as read at {@code expectedVersion}; a hired candidate stays hired. */
	@Transactional
	public void change(Actor actor, UUID candidateId, SaveCandidate details, long expectedVersion) {
		Candidate candidate = visible(actor, candidateId);
		this.access.requireRecruit(actor);
		requireVersion(candidate, expectedVersion);
		check(details);
		checkStageChange(candidate, details.stage());
		CandidateStage before = candidate.stage();
		candidate.change(details, this.clock.instant());
		if (before != candidate.stage()) {
			audit(AuditEvent.career("recruit.stageChanged", "candidate", candidate.id(),
					AuditEvent.term("audit.candidateStage." + candidate.stage())));
		}
		else {
			audit(AuditEvent.career("recruit.candidateChanged", "candidate", candidate.id()));
		}
	}

	/** Moves the candidate to another stage (not to hired: that is {@link #hire}). */
	@Transactional
	public void moveTo(Actor actor, UUID candidateId, CandidateStage stage, long expectedVersion) {
		Candidate candidate = visible(actor, candidateId);
		this.access.requireRecruit(actor);
		requireVersion(candidate, expectedVersion);
		if (stage == null) {
			throw new InvalidInput("stage", "recruit.field.required", "Choose a stage");
		}
		checkStageChange(candidate, stage);
		candidate.change(new SaveCandidate(candidate.name(), candidate.roleAppliedFor(), stage, candidate.note(),
				PersonId.ofNullable(candidate.hiringManagerId())), this.clock.instant());
		audit(AuditEvent.career("recruit.stageChanged", "candidate", candidate.id(),
				AuditEvent.term("audit.candidateStage." + stage)));
	}

	@Transactional
	public void delete(Actor actor, UUID candidateId) {
		Candidate candidate = visible(actor, candidateId);
		this.access.requireRecruit(actor);
		this.assets.deleteAssetsOf(candidate.id());
		this.candidates.delete(candidate);
		audit(AuditEvent.career("recruit.candidateRemoved", "candidate", candidate.id()));
	}

	@Transactional
	public UUID addAsset(Actor actor, UUID candidateId, SaveAsset details) {
		Candidate candidate = visible(actor, candidateId);
		requireAssets(actor, candidate);
		if (details.kind() == null) {
			throw new InvalidInput("kind", "recruit.field.required", "Choose what kind of asset this is");
		}
		if (details.name() == null) {
			throw new InvalidInput("name", "recruit.asset.nameRequired", "Name the community, organisation, arena or domain");
		}
		if (details.name().length() > MAX_NAME) {
			throw new InvalidInput("name", "recruit.field.tooLong", "At most %d characters".formatted(MAX_NAME), MAX_NAME);
		}
		if (details.description() != null && details.description().length() > MAX_DESCRIPTION) {
			throw new InvalidInput("description", "recruit.field.tooLong", "At most %d characters".formatted(MAX_DESCRIPTION),
					MAX_DESCRIPTION);
		}
		SaveAsset asset = details;
		if (details.kind() == AssetKind.ARENA) {
			Arena arena = arenaOf(details.name())
				.orElseThrow(() -> new InvalidInput("name", "recruit.asset.unknownArena", "Choose one of the arenas"));
			asset = new SaveAsset(AssetKind.ARENA, arena.name(), details.description());
		}
		if (this.assets.existsByCandidateIdAndKindAndNameKey(candidate.id(), asset.kind(), CandidateAsset.keyOf(asset.name()))) {
			throw new InvalidInput("name", "recruit.asset.duplicate", "The candidate already has this asset");
		}
		if (this.assets.countByCandidateId(candidate.id()) >= MAX_ASSETS) {
			throw new BusinessRuleViolation("recruit.asset.tooMany",
					"A candidate lists at most %d assets".formatted(MAX_ASSETS), MAX_ASSETS);
		}
		CandidateAsset stored = this.assets.save(new CandidateAsset(candidate.id(), asset, this.clock.instant()));
		audit(AuditEvent.career("recruit.assetAdded", "candidate", candidate.id(),
				AuditEvent.term("audit.assetKind." + asset.kind())));
		return stored.id();
	}

	@Transactional
	public void removeAsset(Actor actor, UUID candidateId, UUID assetId) {
		Candidate candidate = visible(actor, candidateId);
		requireAssets(actor, candidate);
		CandidateAsset asset = this.assets.findByIdAndCandidateId(assetId, candidate.id())
			.orElseThrow(() -> new NotFoundException("recruit.asset.notFound", "The candidate has no such asset"));
		this.assets.delete(asset);
		audit(AuditEvent.career("recruit.assetRemoved", "candidate", candidate.id(),
				AuditEvent.term("audit.assetKind." + asset.kind())));
	}

	/**
	 * The reach the candidate adds: for each asset, whether at least k talents' maps already reach
	 * it ({@link NetworkReach}); fewer than k is "not yet reached", exactly as nobody.
	 */
	@Transactional(readOnly = true)
	public ReachEvaluation evaluation(Actor actor, UUID candidateId) {
		CandidateView candidate = get(actor, candidateId);
		Map<String, Long> organisations = this.reach.organisations();
		Map<Arena, Long> arenas = this.reach.arenas();
		List<AssetReach> reaches = new ArrayList<>();
		Map<AssetKind, Integer> adds = new EnumMap<>(AssetKind.class);
		for (AssetView asset : candidate.assets()) {
			Long talents = switch (asset.kind()) {
				case ORGANISATION, COMMUNITY -> organisations.get(NetworkReach.normalise(asset.name()));
				case ARENA -> arenaOf(asset.name()).map(arenas::get).orElse(null);
				case DOMAIN -> null;
			};
			Reach reached = (asset.kind() == AssetKind.DOMAIN) ? Reach.NOT_MEASURED
					: (talents != null && talents >= this.reach.minGroupSize()) ? Reach.REACHED : Reach.NOT_YET_REACHED;
			if (reached == Reach.NOT_YET_REACHED) {
				adds.merge(asset.kind(), 1, Integer::sum);
			}
			reaches.add(new AssetReach(asset, reached, (reached == Reach.REACHED) ? talents : null));
		}
		return new ReachEvaluation(this.reach.minGroupSize(), reaches, adds);
	}

	/**
	 * Hires a candidate at the offer: they become a person through the people module (the talent
	 * lead may create people), keep their assets and point at the person from now on.
	 * @return the new person's id
	 */
	@Transactional
	public UUID hire(Actor actor, UUID candidateId, HireCandidate details) {
		Candidate candidate = visible(actor, candidateId);
		this.access.requireRecruit(actor);
		if (candidate.stage() == CandidateStage.HIRED || candidate.personId() != null) {
			throw new BusinessRuleViolation("recruit.hire.already", "This candidate is hired already");
		}
		if (candidate.stage() != CandidateStage.OFFER) {
			throw new BusinessRuleViolation("recruit.hire.notAtOffer", "Only a candidate with an offer can be hired");
		}
		checkHire(details);
		UUID managerId = (details.managerId() != null) ? details.managerId() : candidate.hiringManagerId();
		UUID personId = this.peopleService.create(actor, new SavePerson(details.employeeId(), details.firstName(),
				details.lastName(), details.email(), details.title(), details.unitId(), managerId, details.hireDate()));
		candidate.hiredAs(personId, this.clock.instant());
		audit(AuditEvent.career("recruit.hired", "candidate", candidate.id(),
				AuditEvent.person(PersonId.of(personId))));
		return personId;
	}

	/** The assets the signed-in person brought when they were hired from recruitment; empty if none. */
	@Transactional(readOnly = true)
	public List<AssetView> myRecruitment(Actor actor) {
		if (actor == null || actor.personId() == null) {
			return List.of();
		}
		return this.candidates.findByPersonId(actor.personId().value())
			.map((c) -> this.assets.findByCandidateIdOrderByCreatedAt(c.id()).stream().map(CandidateService::view).toList())
			.orElse(List.of());
	}

	/** One of the signed-in person's own recruitment assets, or 404. */
	@Transactional(readOnly = true)
	public AssetView myAsset(Actor actor, UUID assetId) {
		return myRecruitment(actor).stream()
			.filter((a) -> a.id().equals(assetId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("recruit.asset.notFound", "The candidate has no such asset"));
	}

	private void checkStageChange(Candidate candidate, CandidateStage stage) {
		if (candidate.stage() == CandidateStage.HIRED && stage != CandidateStage.HIRED) {
			throw new InvalidInput("stage", "recruit.stage.hired", "A hired candidate stays hired");
		}
		if (candidate.stage() != CandidateStage.HIRED && stage == CandidateStage.HIRED) {
			throw new InvalidInput("stage", "recruit.stage.hireToHire", "A candidate is hired by hiring them, at the offer");
		}
	}

	private void check(SaveCandidate details) {
		if (details.name() == null) {
			throw new InvalidInput("name", "recruit.candidate.nameRequired", "Name the candidate");
		}
		if (details.name().length() > MAX_NAME) {
			throw new InvalidInput("name", "recruit.field.tooLong", "At most %d characters".formatted(MAX_NAME), MAX_NAME);
		}
		if (details.roleAppliedFor() == null) {
			throw new InvalidInput("roleAppliedFor", "recruit.candidate.roleRequired", "Say which role they applied for");
		}
		if (details.roleAppliedFor().length() > MAX_NAME) {
			throw new InvalidInput("roleAppliedFor", "recruit.field.tooLong", "At most %d characters".formatted(MAX_NAME),
					MAX_NAME);
		}
		if (details.stage() == null) {
			throw new InvalidInput("stage", "recruit.field.required", "Choose a stage");
		}
		if (details.note() != null && details.note().length() > MAX_NOTE) {
			throw new InvalidInput("note", "recruit.field.tooLong", "At most %d characters".formatted(MAX_NOTE), MAX_NOTE);
		}
		if (details.hiringManagerId() != null && this.people.find(details.hiringManagerId()).isEmpty()) {
			throw new InvalidInput("hiringManagerId", "recruit.candidate.unknownManager", "Nobody of the organisation has this id");
		}
	}

	private static void checkHire(HireCandidate details) {
		if (details.employeeId() == null || !EMPLOYEE_ID.matcher(details.employeeId()).matches()) {
			throw new InvalidInput("employeeId", "recruit.hire.employeeId",
					"An employee id is 1 to 40 letters, digits, dots, dashes or underscores");
		}
		if (details.firstName() == null) {
			throw new InvalidInput("firstName", "recruit.field.required", "Give the first name");
		}
		if (details.lastName() == null) {
			throw new InvalidInput("lastName", "recruit.field.required", "Give the last name");
		}
		if (details.firstName().length() > 80 || details.lastName().length() > 80) {
			throw new InvalidInput((details.firstName().length() > 80) ? "firstName" : "lastName", "recruit.field.tooLong",
					"At most %d characters".formatted(80), 80);
		}
		if (details.email() == null || details.email().length() > 254 || !EMAIL.matcher(details.email()).matches()) {
			throw new InvalidInput("email", "recruit.hire.email", "Give an email address such as ana@example.org");
		}
		if (details.title() != null && details.title().length() > MAX_NAME) {
			throw new InvalidInput("title", "recruit.field.tooLong", "At most %d characters".formatted(MAX_NAME), MAX_NAME);
		}
		if (details.hireDate() == null) {
			throw new InvalidInput("hireDate", "recruit.field.required", "Give the day they start");
		}
	}

	private void requireAssets(Actor actor, Candidate candidate) {
		if (!this.access.mayChangeAssets(actor, candidate)) {
			throw new NotFoundException("recruit.candidate.notFound", "There is no such candidate");
		}
	}

	private static void requireVersion(Candidate candidate, long expectedVersion) {
		if (candidate.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The candidate changed since it was read");
		}
	}

	/** The candidate, if the actor may see them; 403 for whoever sees no candidates, 404 for another's. */
	private Candidate visible(Actor actor, UUID candidateId) {
		this.access.requireCandidates(actor);
		return this.candidates.findById(candidateId)
			.filter((c) -> this.access.maySee(actor, c))
			.orElseThrow(() -> new NotFoundException("recruit.candidate.notFound", "There is no such candidate"));
	}

	private List<CandidateView> views(Actor actor, List<Candidate> found) {
		Map<UUID, List<AssetView>> assetsByCandidate = new java.util.HashMap<>();
		if (!found.isEmpty()) {
			this.assets.findByCandidateIdInOrderByCreatedAt(found.stream().map(Candidate::id).toList())
				.forEach((a) -> assetsByCandidate.computeIfAbsent(a.candidateId(), (k) -> new ArrayList<>()).add(view(a)));
		}
		Map<UUID, PersonSummary> managers = this.people.summaries(
				found.stream().map(Candidate::hiringManagerId).filter(Objects::nonNull).distinct().toList());
		return found.stream().map((c) -> {
			PersonSummary manager = (c.hiringManagerId() != null) ? managers.get(c.hiringManagerId()) : null;
			boolean mayChange = this.access.mayChange(actor, c);
			return new CandidateView(c.id(), c.name(), c.roleAppliedFor(), c.stage(), c.note(), c.hiringManagerId(),
					(manager != null) ? manager.fullName() : null, c.personId(),
					List.copyOf(assetsByCandidate.getOrDefault(c.id(), List.of())), c.createdAt(), c.version(), mayChange,
					mayChange && c.stage() == CandidateStage.OFFER);
		}).toList();
	}

	private static AssetView view(CandidateAsset asset) {
		return new AssetView(asset.id(), asset.kind(), asset.name(), asset.description());
	}

	/** An arena by its constant's name, in any case ("prior_employer" too). */
	static Optional<Arena> arenaOf(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String constant = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (Arena arena : Arena.values()) {
			if (arena.name().equals(constant)) {
				return Optional.of(arena);
			}
		}
		return Optional.empty();
	}

	private void audit(AuditEvent event) {
		this.events.publishEvent(event);
	}

	/** Today, for the hire form's default start. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
