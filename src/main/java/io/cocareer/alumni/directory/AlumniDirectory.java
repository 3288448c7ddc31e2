package io.cocareer.alumni.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.directory.internal.AlumniProfile;
import io.cocareer.alumni.directory.internal.AlumniProfiles;
import io.cocareer.alumni.directory.internal.DirectoryAccess;
import io.cocareer.alumni.directory.internal.DirectorySearch;
import io.cocareer.alumni.directory.internal.SearchText;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.AlumnusRecord;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alumni's profiles and the alumni directory. An alumnus keeps their own profile and chooses
 * to be listed; alumni find the listed alumni whose consent holds, the talent lead every alumnus
 * with their tier. What each caller may see is {@link DirectoryAccess}'s; whether an alumnus'
 * consent holds is the register's, asked again for every profile shown to another alumnus.
 */
@Service
public class AlumniDirectory {

	public static final int MAX_EMPLOYER = 120;

	public static final int MAX_ROLE = 120;

	public static final int MAX_HEADLINE = 200;

	public static final int MAX_LOCATION = 120;

	public static final int MAX_LINKEDIN = 300;

	public static final int MAX_SKILL = 60;

	public static final int MAX_SKILLS = 20;

	/** Most characters and words a search takes. */
	public static final int MAX_QUERY = 200;

	public static final int MAX_WORDS = 8;

	/** A LinkedIn page: https, on linkedin.com or one of its country sub-domains. */
	public static final String LINKEDIN_PATTERN = "https://([a-z]{2,3}\\.)?linkedin\\.com/\\S+";

	private static final Pattern LINKEDIN = Pattern.compile(LINKEDIN_PATTERN);

	private final AlumniProfiles profiles;

	private final DirectorySearch search;

	private final DirectoryAccess access;

	private final AlumniRegister register;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlumniDirectory(AlumniProfiles profiles, DirectorySearch search, DirectoryAccess access, AlumniRegister register,
			PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
		this.profiles = profiles;
		this.search = search;
		this.access = access;
		this.register = register;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor reads the directory (pages show the links by it). */
	public boolean mayUseDirectory(Actor actor) {
		return this.access.mayUseDirectory(actor);
	}

	/** Whether the actor sees every alumnus with their tier (the page shows the tier filter by it). */
	public boolean seesEveryone(Actor actor) {
		return this.access.seesEveryone(actor);
	}

	/** Whether the actor keeps a profile of their own. */
	public boolean mayKeepProfile(Actor actor) {
		return this.access.mayKeepProfile(actor);
	}

	// ---------------------------------------------------------------- the directory

	/**
	 * The directory, by name: the alumni whose profile holds every word of {@code query} (name,
	 * employer, role, skills, headline, location). An alumnus finds the listed alumni whose consent
	 * holds; the talent lead every alumnus, in the tier asked for if any.
	 */
	@Transactional(readOnly = true)
	public PageResult<AlumniProfileView> search(Actor actor, String query, AlumniTier tier, Paging paging) {
		this.access.reader(actor);
		if (tier != null && !this.access.seesEveryone(actor)) {
			throw new InvalidInput("tier", "alumni.directory.tier.leadOnly", "Only the talent lead filters by tier");
		}
		List<String> words = words(query);
		if (!this.access.seesEveryone(actor)) {
			PageResult<DirectorySearch.Row> page = this.search.page(words, true, paging);
			// the register has the last word on consent: a row it no longer holds contactable is left out
			List<DirectorySearch.Row> shown = page.items()
				.stream()
				.filter((row) -> this.register.contactable(PersonId.of(row.personId())))
				.toList();
			return new PageResult<>(views(actor, shown, Map.of()), page.page(), page.size(),
					page.total() - (page.items().size() - shown.size()));
		}
		if (tier == null) {
			PageResult<DirectorySearch.Row> page = this.search.page(words, false, paging);
			return new PageResult<>(views(actor, page.items(), records(page.items())), page.page(), page.size(),
					page.total());
		}
		// the tier is the register's, by its rules today: who is in it, in one statement on its rows
		Set<UUID> ofTier = this.register.inTier(actor, tier)
			.stream()
			.map(PersonId::value)
			.collect(Collectors.toSet());
		List<UUID> inTier = this.search.ids(words, false).stream().filter(ofTier::contains).toList();
		int from = (int) Math.min(paging.offset(), inTier.size());
		int to = Math.min(from + paging.size(), inTier.size());
		List<DirectorySearch.Row> rows = this.search.rows(inTier.subList(from, to));
		return new PageResult<>(views(actor, rows, records(rows)), paging.page(), paging.size(), inTier.size());
	}

	/** One alumnus' profile: the lead's any, an alumnus' their own or a listed one whose consent holds. */
	@Transactional(readOnly = true)
	public AlumniProfileView profile(Actor actor, PersonId personId) {
		this.access.reader(actor);
		AlumniProfile profile = this.profiles.findById(personId.value()).orElseThrow(DirectoryAccess::notFound);
		boolean contactable = this.register.contactable(personId);
		this.access.requireReadable(actor, personId.value(), profile.listed(), contactable);
		return view(actor, profile, contactable);
	}

	/** Whether the talent lead has a profile for this alumnus (their page shows it when there is one). */
	@Transactional(readOnly = true)
	public Optional<AlumniProfileView> profileIfAny(Actor actor, PersonId personId) {
		this.access.lead(actor);
		return this.profiles.findById(personId.value())
			.map((p) -> view(actor, p, this.register.contactable(personId)));
	}

	// ---------------------------------------------------------------- the alumnus' own profile

	/** The alumnus' own profile (made empty and unlisted if their exit left none). */
	@Transactional
	public AlumniProfileView myProfile(Actor actor) {
		UUID personId = this.access.alumnus(actor);
		AlumniProfile profile = own(personId);
		boolean contactable = this.register.contactable(PersonId.of(personId));
		profile.contactable(contactable);
		return view(actor, profile, contactable);
	}

	/** The alumnus saves their profile, and whether they are listed in the directory. */
	@Transactional
	public void saveMyProfile(Actor actor, SaveProfile command, long expectedVersion) {
		UUID personId = this.access.alumnus(actor);
		AlumniProfile profile = own(personId);
		if (profile.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The profile changed since it was read");
		}
		List<String> skills = skills(command.skills());
		String linkedin = text(command.linkedinUrl());
		check("employer", command.employer(), MAX_EMPLOYER);
		check("role", command.role(), MAX_ROLE);
		check("headline", command.headline(), MAX_HEADLINE);
		check("location", command.location(), MAX_LOCATION);
		if (linkedin != null && (linkedin.length() > MAX_LINKEDIN || !LINKEDIN.matcher(linkedin).matches())) {
			throw new InvalidInput("linkedinUrl", "alumni.directory.profile.linkedinInvalid",
					"Give the address of your LinkedIn page, starting with https://www.linkedin.com/");
		}
		boolean wasListed = profile.listed();
		this.people.find(PersonId.of(personId)).ifPresent((p) -> profile.rename(p.firstName(), p.lastName()));
		profile.contactable(this.register.contactable(PersonId.of(personId)));
		profile.change(text(command.employer()), text(command.role()), skills, text(command.headline()),
				text(command.location()), linkedin, command.listed(), this.clock.instant());
		this.events.publishEvent(AuditEvent.career("alumni.directory.profileSaved", "alumniProfile", personId,
				AuditEvent.term("audit.alumniDirectory." + (command.listed() ? "LISTED" : "UNLISTED"))));
		if (wasListed != command.listed()) {
			this.events.publishEvent(AuditEvent.career(
					command.listed() ? "alumni.directory.listed" : "alumni.directory.unlisted", "alumniProfile",
					personId));
		}
	}

	private AlumniProfile own(UUID personId) {
		return this.profiles.findById(personId).orElseGet(() -> {
			PersonView person = this.people.get(PersonId.of(personId));
			return this.profiles.save(new AlumniProfile(personId, person.firstName(), person.lastName(),
					this.register.contactable(PersonId.of(personId)), this.clock.instant()));
		});
	}

	// ---------------------------------------------------------------- checks and views

	private static List<String> words(String query) {
		if (query != null && query.length() > MAX_QUERY) {
			throw new InvalidInput("q", "alumni.directory.search.tooLong",
					"A search has at most %d characters".formatted(MAX_QUERY), MAX_QUERY);
		}
		List<String> words = SearchText.words(query);
		if (words.size() > MAX_WORDS) {
			throw new InvalidInput("q", "alumni.directory.search.tooManyWords",
					"A search has at most %d words".formatted(MAX_WORDS), MAX_WORDS);
		}
		return words;
	}

	private static void check(String field, String value, int max) {
		String text = text(value);
		if (text != null && text.length() > max) {
			throw new InvalidInput(field, "alumni.directory.profile.tooLong",
					"This has at most %d characters".formatted(max), max);
		}
	}

	/** The skills trimmed, blank ones dropped, each once (whatever its case), in their order. */
	static List<String> skills(List<String> given) {
		if (given == null) {
			return List.of();
		}
		Map<String, String> unique = new LinkedHashMap<>();
		for (String skill : given) {
			String s = text(skill);
			if (s == null) {
				continue;
			}
			if (s.length() > MAX_SKILL) {
				throw new InvalidInput("skills", "alumni.directory.profile.skillTooLong",
						"A skill has at most %d characters".formatted(MAX_SKILL), MAX_SKILL);
			}
			unique.putIfAbsent(s.toLowerCase(Locale.ROOT), s);
		}
		if (unique.size() > MAX_SKILLS) {
			throw new InvalidInput("skills", "alumni.directory.profile.tooManySkills",
					"List at most %d skills".formatted(MAX_SKILLS), MAX_SKILLS);
		}
		return new ArrayList<>(unique.values());
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip().replaceAll("\\s+", " ");
	}

	/** The register's records of the rows (the lead's page: their tier, and whether their consent holds now). */
	private Map<UUID, AlumnusRecord> records(List<DirectorySearch.Row> rows) {
		Map<UUID, AlumnusRecord> records = new LinkedHashMap<>();
		this.register.records(rows.stream().map((row) -> PersonId.of(row.personId())).toList())
			.forEach((id, record) -> records.put(id.value(), record));
		return records;
	}

	private List<AlumniProfileView> views(Actor actor, List<DirectorySearch.Row> rows,
			Map<UUID, AlumnusRecord> records) {
		PersonNames names = this.people.names(rows.stream().map(DirectorySearch.Row::personId).toList());
		boolean lead = this.access.seesEveryone(actor);
		return rows.stream()
			.map((r) -> new AlumniProfileView(r.personId(), names.of(PersonId.of(r.personId()), null), r.employer(),
					r.roleTitle(), r.skills(), r.headline(), r.location(), r.linkedinUrl(), lead ? r.listed() : null,
					lead ? contactable(records.get(r.personId())) : null,
					lead ? tier(records.get(r.personId())) : null, null, 0))
			.toList();
	}

	private static Boolean contactable(AlumnusRecord record) {
		return (record != null) && record.contactable();
	}

	private static AlumniTier tier(AlumnusRecord record) {
		return (record != null) ? record.tier() : null;
	}

	private AlumniProfileView view(Actor actor, AlumniProfile p, boolean contactable) {
		boolean lead = this.access.seesEveryone(actor);
		boolean own = actor.isPerson(PersonId.of(p.personId()));
		String name = this.people.names(List.of(p.personId())).of(PersonId.of(p.personId()), null);
		AlumniTier tier = lead ? this.register.record(PersonId.of(p.personId())).map(AlumnusRecord::tier).orElse(null)
				: null;
		return new AlumniProfileView(p.personId(), name, p.employer(), p.roleTitle(), p.skills(), p.headline(),
				p.location(), p.linkedinUrl(), (lead || own) ? p.listed() : null, (lead || own) ? contactable : null,
				tier, (lead || own) ? p.updatedAt() : null, own ? p.version() : 0);
	}

}
