package io.cocareer.network.introduction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.network.ContactFrequency;
import io.cocareer.network.introduction.internal.Introduction;
import io.cocareer.network.introduction.internal.IntroductionAccess;
import io.cocareer.network.introduction.internal.Introductions;
import io.cocareer.network.map.NetworkMapView;
import io.cocareer.network.map.NetworkService;
import io.cocareer.network.map.SaveDeveloper;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.Notice;
import io.cocareer.shared.NoticeDone;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions: a talent asks, a broker accepts or declines and makes the introduction, the talent
 * records the outcome and may put the new developer on their map in the same step. Who may read
 * and do what is {@link IntroductionAccess}'s; every change is audited without the words people
 * wrote, and the person who must act next is told.
 */
@Service
public class IntroductionService {

	/** Longest purpose and note. */
	public static final int MAX_TEXT = 1000;

	/** Longest name of a target and of their organisation. */
	public static final int MAX_NAME = 120;

	/** What an erased broker or target is called. */
	public static final String FORMER_COLLEAGUE = "Former colleague";

	private final Introductions introductions;

	private final IntroductionAccess access;

	private final NetworkService network;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IntroductionService(Introductions introductions, IntroductionAccess access, NetworkService network,
			PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
		this.introductions = introductions;
		this.access = access;
		this.network = network;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor asks for and brokers introductions (pages show the links and cards by it). */
	public boolean mayTakePart(Actor actor) {
		return this.access.mayTakePart(actor);
	}

	/** Whether the actor may ask the talent leads to broker (a talent lead asks someone else). */
	public boolean mayAskTheLeads(Actor actor) {
		return this.access.mayTakePart(actor) && this.access.mayAskTheLeads(actor);
	}

	/** The actor's manager, whom they may ask to broker, if they have one. */
	@Transactional(readOnly = true)
	public Optional<PersonView> myManager(Actor actor) {
		return managerOf(this.access.self(actor));
	}

	/** The gaps of the actor's desired network an introduction may serve. */
	@Transactional(readOnly = true)
	public List<NetworkMapView.GapView> myGaps(Actor actor) {
		this.access.self(actor);
		return this.network.myMap(actor).gaps();
	}

	@Transactional(readOnly = true)
	public MyIntroductions mine(Actor actor) {
		UUID self = this.access.self(actor);
		List<Introduction> asked = this.introductions.findByTalentIdOrderByAskedAtDesc(self);
		List<Introduction> brokered = new ArrayList<>(this.introductions.findByBrokerIdOrderByAskedAtDesc(self));
		if (this.access.answersForTheLeads(actor)) {
			brokered.addAll(this.introductions.findUnanswered(BrokerKind.TALENT_LEAD, IntroductionState.REQUESTED));
		}
		List<Introduction> mineAsBroker = brokered.stream()
			.filter((i) -> this.access.isBroker(actor, i))
			.distinct()
			.sorted(Comparator.comparing(Introduction::askedAt).reversed())
			.toList();
		Map<UUID, String> gaps = asked.isEmpty() ? Map.of() : gapsOf(actor);
		Map<UUID, PersonSummary> names = names(asked, mineAsBroker);
		return new MyIntroductions(asked.stream().map((i) -> view(actor, i, names, gaps)).toList(),
				mineAsBroker.stream().map((i) -> view(actor, i, names, Map.of())).toList());
	}

	@Transactional(readOnly = true)
	public IntroductionView get(Actor actor, UUID id) {
		Introduction introduction = readable(actor, id);
		Map<UUID, String> gaps = this.access.isAsker(actor, introduction) ? gapsOf(actor) : Map.of();
		return view(actor, introduction, names(List.of(introduction), List.of()), gaps);
	}

	@Transactional
	public UUID ask(Actor actor, AskIntroduction ask) {
		UUID self = this.access.self(actor);
		if (ask.targetKind() == null) {
			throw new InvalidInput("targetKind", "network.introduction.targetKindRequired",
					"Choose a person, an organisation or a community");
		}
		UUID targetPersonId = checkTarget(self, ask);
		if (ask.purpose() == null) {
			throw new InvalidInput("purpose", "network.introduction.purposeRequired",
					"Say what you hope the introduction leads to");
		}
		tooLong("purpose", ask.purpose(), MAX_TEXT);
		if (ask.gapId() != null && !gapsOf(actor).containsKey(ask.gapId())) {
			throw new InvalidInput("gapId", "network.introduction.unknownGap", "This is not a gap of your desired network");
		}
		UUID brokerId = checkBroker(actor, self, targetPersonId, ask);
		Introduction introduction = new Introduction(self, ask.targetKind(), targetPersonId, ask.targetName(),
				ask.targetOrganisation(), ask.purpose(), ask.gapId(), ask.broker(), brokerId, this.clock.instant());
		this.introductions.save(introduction);
		audit("network.introductionAsked", introduction, AuditEvent.term("audit.introductionBroker." + ask.broker()));
		String talentName = nameOf(self);
		Notice notice = (brokerId != null)
				? Notice.toPeople("network.introductionAsked", Set.of(brokerId), "notice.network.introductionAsked",
						List.of(talentName), link(introduction), null)
				: Notice.toRole("network.introductionAsked", Role.TALENT_LEAD, "notice.network.introductionAskedOfLeads",
						List.of(talentName), link(introduction), null);
		this.events.publishEvent(notice.asking(answerKey(introduction.id())));
		return introduction.id();
	}

	@Transactional
	public void accept(Actor actor, UUID id, String note, long version) {
		Introduction introduction = asBroker(actor, id, IntroductionState.REQUESTED, version);
		introduction.accept(actor.personId().value(), note(note), this.clock.instant());
		answered(introduction, "network.introductionAccepted", "notice.network.introductionAccepted");
	}

	@Transactional
	public void decline(Actor actor, UUID id, String note, long version) {
		Introduction introduction = asBroker(actor, id, IntroductionState.REQUESTED, version);
		introduction.decline(actor.personId().value(), note(note), this.clock.instant());
		answered(introduction, "network.introductionDeclined", "notice.network.introductionDeclined");
	}

	/** The broker records that they made the introduction: how, when, and a note to the talent. */
	@Transactional
	public void introduced(Actor actor, UUID id, IntroductionChannel channel, LocalDate on, String note, long version) {
		Introduction introduction = asBroker(actor, id, IntroductionState.ACCEPTED, version);
		if (channel == null) {
			throw new InvalidInput("channel", "network.introduction.channelRequired", "Say how you made the introduction");
		}
		if (on == null) {
			throw new InvalidInput("introducedOn", "network.introduction.dateRequired", "Say when you made it");
		}
		if (on.isAfter(LocalDate.now(this.clock))) {
			throw new InvalidInput("introducedOn", "network.introduction.dateInFuture",
					"An introduction made cannot be in the future");
		}
		introduction.introduced(channel, on, note(note), this.clock.instant());
		audit("network.introductionMade", introduction, AuditEvent.term("audit.introductionChannel." + channel));
		this.events.publishEvent(Notice.toPeople("network.introductionMade", Set.of(introduction.talentId()),
				"notice.network.introductionMade", List.of(brokerLabel(introduction)), link(introduction), null)
			.asking(outcomeKey(introduction.id())));
	}

	/**
	 * The talent records what came of it and, if they met the target and say how, puts them on
	 * their map in the same step (both or neither).
	 * @return the developer added to the map, if one was
	 */
	@Transactional
	public Optional<UUID> recordOutcome(Actor actor, UUID id, IntroductionOutcome outcome, AddToMap addToMap,
			long version) {
		Introduction introduction = asAsker(actor, id, IntroductionState.INTRODUCED, version);
		if (outcome == null) {
			throw new InvalidInput("outcome", "network.introduction.outcomeRequired", "Say what came of it");
		}
		if (addToMap != null && !outcome.met()) {
			throw new InvalidInput("outcome", "network.introduction.notMet", "Only someone you met goes on your map");
		}
		introduction.close(outcome, this.clock.instant());
		audit("network.introductionClosed", introduction, AuditEvent.term("audit.introductionOutcome." + outcome));
		this.events.publishEvent(NoticeDone.forPerson(outcomeKey(id), actor.personId()));
		return (addToMap != null) ? Optional.of(putOnMap(actor, introduction, addToMap)) : Optional.empty();
	}

	/** Puts the target of a closed introduction the talent met on their map. */
	@Transactional
	public UUID addToMap(Actor actor, UUID id, AddToMap addToMap, Long version) {
		Introduction introduction = readable(actor, id);
		if (!this.access.isAsker(actor, introduction)) {
			throw notYours();
		}
		if (!this.access.mayAddToMap(actor, introduction)) {
			throw new BusinessRuleViolation("network.introduction.notToMap",
					"Only someone you met through a closed introduction goes on your map, once");
		}
		if (version != null && introduction.version() != version) {
			throw stale();
		}
		if (addToMap == null) {
			throw new InvalidInput("arena", "network.field.required", "Choose where the developer comes from");
		}
		return putOnMap(actor, introduction, addToMap);
	}

	@Transactional
	public void withdraw(Actor actor, UUID id, long version) {
		Introduction introduction = readable(actor, id);
		if (!this.access.isAsker(actor, introduction)) {
			throw notYours();
		}
		if (!this.access.mayWithdraw(actor, introduction)) {
			throw wrongState(introduction);
		}
		if (introduction.version() != version) {
			throw stale();
		}
		introduction.withdraw(this.clock.instant());
		audit("network.introductionWithdrawn", introduction);
		this.events.publishEvent(NoticeDone.forEveryone(answerKey(id)));
	}

	private UUID putOnMap(Actor actor, Introduction introduction, AddToMap add) {
		PersonId person = PersonId.ofNullable(introduction.targetPersonId());
		String name = (person != null) ? null : Objects.requireNonNullElse(add.name(), introduction.targetName());
		String organisation = (person != null) ? null
				: (add.name() != null) ? add.organisation() : introduction.targetOrganisation();
		int closeness = (add.closeness() != null) ? add.closeness() : 0;
		LocalDate lastContact = (introduction.introducedOn() != null) ? introduction.introducedOn() : LocalDate.now(this.clock);
		UUID developerId = this.network.addDeveloper(actor, new SaveDeveloper(person, name, organisation, add.arena(),
				add.role(), closeness, ContactFrequency.RARELY, lastContact, Set.of()));
		introduction.onMap(developerId);
		audit("network.introductionOnMap", introduction);
		return developerId;
	}

	private UUID checkTarget(UUID self, AskIntroduction ask) {
		if (ask.targetPerson() != null) {
			if (ask.targetKind() != TargetKind.PERSON) {
				throw new InvalidInput("targetKind", "network.introduction.targetIsAPerson",
						"A person of the organisation is a person: choose Person");
			}
			if (ask.targetPerson().value().equals(self)) {
				throw new InvalidInput("targetPerson", "network.introduction.targetSelf",
						"You cannot be introduced to yourself");
			}
			if (colleague(ask.targetPerson().value()).isEmpty()) {
				throw new InvalidInput("targetPerson", "network.introduction.unknownTarget",
						"Nobody of the organisation has this id");
			}
			return ask.targetPerson().value();
		}
		if (ask.targetName() == null) {
			throw new InvalidInput("targetName", "network.introduction.targetRequired",
					"Name whom you want to meet, or pick a person of the organisation");
		}
		tooLong("targetName", ask.targetName(), MAX_NAME);
		tooLong("targetOrganisation", ask.targetOrganisation(), MAX_NAME);
		return null;
	}

	private UUID checkBroker(Actor actor, UUID self, UUID targetPersonId, AskIntroduction ask) {
		if (ask.broker() == null) {
			throw new InvalidInput("broker", "network.introduction.brokerRequired",
					"Choose whom you ask to broker the introduction");
		}
		UUID named = (ask.brokerPerson() != null) ? ask.brokerPerson().value() : null;
		if (self.equals(named)) {
			throw new InvalidInput("brokerPerson", "network.introduction.brokerSelf",
					"You cannot broker your own introduction");
		}
		UUID brokerId = switch (ask.broker()) {
			case MANAGER -> {
				UUID manager = managerOf(self).map(PersonView::id).orElse(null);
				if (named != null && !named.equals(manager)) {
					throw new InvalidInput("brokerPerson", "network.introduction.notYourManager",
							"This person is not your manager");
				}
				if (manager == null) {
					throw new BusinessRuleViolation("network.introduction.noManager",
							"You have no manager to ask: ask the talent leads or a colleague");
				}
				yield manager;
			}
			case TALENT_LEAD -> {
				if (!this.access.mayAskTheLeads(actor)) {
					throw new InvalidInput("broker", "network.introduction.brokerSelf",
							"You cannot broker your own introduction");
				}
				if (named != null) {
					throw new InvalidInput("brokerPerson", "network.introduction.notALead",
							"The talent leads are asked together, and any of them may broker: name nobody");
				}
				yield null;
			}
			case COLLEAGUE -> {
				if (named == null) {
					throw new InvalidInput("brokerPerson", "network.introduction.colleagueRequired",
							"Pick the colleague who knows whom you want to meet");
				}
				if (colleague(named).isEmpty()) {
					throw new InvalidInput("brokerPerson", "network.introduction.notAColleague",
							"Nobody of the organisation has this id");
				}
				yield named;
			}
		};
		if (brokerId != null && brokerId.equals(targetPersonId)) {
			throw new InvalidInput("brokerPerson", "network.introduction.brokerIsTarget",
					"Whom you want to meet cannot broker the introduction: ask them yourself");
		}
		return brokerId;
	}

	/** A person who works in the organisation now. */
	private Optional<PersonView> colleague(UUID personId) {
		return this.people.find(PersonId.of(personId)).filter((p) -> !p.erased() && p.status() != PersonStatus.LEFT);
	}

	private Optional<PersonView> managerOf(UUID talentId) {
		return this.people.find(PersonId.of(talentId))
			.map(PersonView::managerId)
			.flatMap(this::colleague);
	}

	private Introduction readable(Actor actor, UUID id) {
		this.access.self(actor);
		return this.introductions.findById(id)
			.filter((i) -> this.access.mayRead(actor, i))
			.orElseThrow(() -> new NotFoundException("network.introduction.notFound", "There is no such introduction"));
	}

	private Introduction asBroker(Actor actor, UUID id, IntroductionState expected, long version) {
		Introduction introduction = readable(actor, id);
		if (!this.access.isBroker(actor, introduction)) {
			throw notYours();
		}
		if (introduction.state() != expected) {
			throw wrongState(introduction);
		}
		if (introduction.version() != version) {
			throw stale();
		}
		return introduction;
	}

	private Introduction asAsker(Actor actor, UUID id, IntroductionState expected, long version) {
		Introduction introduction = readable(actor, id);
		if (!this.access.isAsker(actor, introduction)) {
			throw notYours();
		}
		if (introduction.state() != expected) {
			throw wrongState(introduction);
		}
		if (introduction.version() != version) {
			throw stale();
		}
		return introduction;
	}

	private void answered(Introduction introduction, String action, String noticeCode) {
		audit(action, introduction);
		this.events.publishEvent(NoticeDone.forEveryone(answerKey(introduction.id())));
		this.events.publishEvent(Notice.toPeople(action, Set.of(introduction.talentId()), noticeCode,
				List.of(brokerLabel(introduction)), link(introduction), null));
	}

	private void audit(String action, Introduction introduction, AuditEvent.Argument... arguments) {
		this.events.publishEvent(AuditEvent.career(action, "networkIntroduction", introduction.id(), arguments));
	}

	private static PermissionDenied notYours() {
		return new PermissionDenied("network.introduction.notYours",
				"This step is the other side's: the broker answers and makes the introduction, the talent records the outcome");
	}

	private static BusinessRuleViolation wrongState(Introduction introduction) {
		return new BusinessRuleViolation("network.introduction.wrongState",
				"This introduction is %s: that step is not open now".formatted(introduction.state()),
				introduction.state().name().toLowerCase(java.util.Locale.ROOT));
	}

	private static OptimisticLockingFailureException stale() {
		return new OptimisticLockingFailureException("The introduction changed since it was read");
	}

	private static String note(String note) {
		String text = AskIntroduction.blankToNull(note);
		tooLong("note", text, MAX_TEXT);
		return text;
	}

	private static void tooLong(String field, String text, int max) {
		if (text != null && text.length() > max) {
			throw new InvalidInput(field, "network.introduction.tooLong", "At most %d characters".formatted(max), max);
		}
	}

	static String link(Introduction introduction) {
		return "/network/introductions/" + introduction.id();
	}

	private static String answerKey(UUID id) {
		return "network.introduction." + id + ".answer";
	}

	private static String outcomeKey(UUID id) {
		return "network.introduction." + id + ".outcome";
	}

	private String nameOf(UUID personId) {
		return this.people.find(PersonId.of(personId)).map(PersonView::fullName).orElse(FORMER_COLLEAGUE);
	}

	private String brokerLabel(Introduction introduction) {
		return (introduction.brokerId() != null) ? nameOf(introduction.brokerId()) : FORMER_COLLEAGUE;
	}

	private Map<UUID, String> gapsOf(Actor actor) {
		Map<UUID, String> gaps = new HashMap<>();
		this.network.myMap(actor).gaps().forEach((g) -> gaps.put(g.id(), g.description()));
		return gaps;
	}

	private Map<UUID, PersonSummary> names(Collection<Introduction> one, Collection<Introduction> other) {
		List<UUID> ids = new ArrayList<>();
		for (Collection<Introduction> list : List.of(one, other)) {
			for (Introduction i : list) {
				ids.add(i.talentId());
				if (i.brokerId() != null) {
					ids.add(i.brokerId());
				}
				if (i.targetPersonId() != null) {
					ids.add(i.targetPersonId());
				}
			}
		}
		return this.people.summaries(ids);
	}

	private IntroductionView view(Actor actor, Introduction i, Map<UUID, PersonSummary> names, Map<UUID, String> gaps) {
		boolean asker = this.access.isAsker(actor, i);
		String brokerName = i.brokerErased() ? FORMER_COLLEAGUE
				: (i.brokerId() != null) ? nameIn(names, i.brokerId()) : null;
		String targetName = (i.targetPersonId() != null) ? nameIn(names, i.targetPersonId()) : i.targetName();
		IntroductionView.Flags may = new IntroductionView.Flags(this.access.mayAnswer(actor, i),
				this.access.mayRecordIntroduced(actor, i), this.access.mayWithdraw(actor, i),
				this.access.mayRecordOutcome(actor, i), this.access.mayAddToMap(actor, i));
		return new IntroductionView(i.id(), asker, PersonId.of(i.talentId()), nameIn(names, i.talentId()),
				i.targetKind(), PersonId.ofNullable(i.targetPersonId()), targetName, i.targetOrganisation(), i.purpose(),
				(asker && i.gapId() != null) ? gaps.get(i.gapId()) : null, i.brokerKind(),
				PersonId.ofNullable(i.brokerId()), brokerName, i.state(), i.brokerNote(), i.channel(), i.introducedOn(),
				i.introductionNote(), i.outcome(), asker && i.developerId() != null, i.closedReason(), i.askedAt(),
				i.updatedAt(), i.version(), may);
	}

	private static String nameIn(Map<UUID, PersonSummary> names, UUID id) {
		PersonSummary person = names.get(id);
		return (person != null) ? person.fullName() : FORMER_COLLEAGUE;
	}

}
