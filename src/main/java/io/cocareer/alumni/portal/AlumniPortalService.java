package io.cocareer.alumni.portal;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cocareer.alumni.AlumnusDataPart;
import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.ContactConsent;
import io.cocareer.alumni.portal.internal.PortalAccess;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.AlumnusRecord;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.TourRecord;
import io.cocareer.tour.TourRecords;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alumnus' own things in the portal: their consent (see, change, withdraw), a download of
 * everything the alumni modules and the people module hold about them, the erasure of their data,
 * and their career record of tours of duty. Every method is for the alumnus themselves
 * ({@link PortalAccess#requireAlumnus}); nobody else, not even the talent lead, reads these here.
 */
@Service
public class AlumniPortalService {

	/** What an alumnus types to confirm the erasure of their data. */
	public static final String ERASE_CONFIRMATION = "ERASE";

	private final PortalAccess access;

	private final AlumniRegister register;

	private final PeopleService peopleService;

	private final PeopleDirectory people;

	private final TourRecords tours;

	private final List<AlumnusDataPart> parts;

	private final Clock clock;

	AlumniPortalService(PortalAccess access, AlumniRegister register, PeopleService peopleService,
			PeopleDirectory people, TourRecords tours, List<AlumnusDataPart> parts, Clock clock) {
		this.access = access;
		this.register = register;
		this.peopleService = peopleService;
		this.people = people;
		this.tours = tours;
		this.parts = parts.stream().sorted(Comparator.comparingInt(AlumnusDataPart::order)).toList();
		this.clock = clock;
	}

	/** Whether the actor uses the portal's own pages (consent, data, erasure, career record): an alumnus. */
	public boolean isAlumnus(Actor actor) {
		return this.access.isAlumnus(actor);
	}

	/** The alumnus' record in the register (consent, since when, tier); empty when they have none yet. */
	@Transactional(readOnly = true)
	public Optional<AlumnusRecord> myRecord(Actor actor) {
		this.access.requireAlumnus(actor);
		return this.register.mine(actor);
	}

	/** The alumnus gives or changes their consent: an email, at least one channel, a cadence. */
	@Transactional
	public void changeConsent(Actor actor, String email, Set<ContactChannel> channels, ContactCadence cadence) {
		this.access.requireAlumnus(actor);
		this.register.changeConsent(actor, new ContactConsent((email != null) ? email : "",
				(channels != null) ? channels : Set.of(), cadence, this.clock.instant()));
	}

	/** The alumnus withdraws their consent: all contact stops at once. */
	@Transactional
	public void withdrawConsent(Actor actor) {
		this.access.requireAlumnus(actor);
		this.register.changeConsent(actor, null);
	}

	/**
	 * Everything held about the alumnus: the people module's record of them, their tours, and each
	 * alumni module's part ({@link AlumnusDataPart}), by the part's name.
	 */
	@Transactional(readOnly = true)
	public AlumnusData myData(Actor actor) {
		PersonId me = PersonId.of(this.access.requireAlumnus(actor));
		PersonView person = this.people.get(me);
		Map<String, Object> parts = new LinkedHashMap<>();
		for (AlumnusDataPart part : this.parts) {
			Object value = part.of(me);
			if (value != null) {
				parts.put(part.name(), value);
			}
		}
		return new AlumnusData(this.clock.instant(),
				new AlumnusData.Person(person.employeeId(), person.firstName(), person.lastName(), person.email(),
						person.title(), person.unitName(), person.hireDate(), person.status(),
						this.peopleService.myEmploymentHistory(actor)),
				this.tours.mine(actor), parts);
	}

	/**
	 * The alumnus erases their data, confirming by typing {@value #ERASE_CONFIRMATION}: the people
	 * module blanks them and every module removes what it holds; their account is locked.
	 */
	@Transactional
	public void erase(Actor actor, String confirmation) {
		this.access.requireAlumnus(actor);
		if (confirmation == null || !ERASE_CONFIRMATION.equals(confirmation.strip())) {
			throw new InvalidInput("confirmation", "alumni.portal.erase.confirm",
					"Type ERASE in capitals to confirm", ERASE_CONFIRMATION);
		}
		this.peopleService.eraseOwn(actor);
	}

	/** The alumnus' career record: their tours of duty with missions, results and endorsed wins. */
	@Transactional(readOnly = true)
	public List<TourRecord> careerRecord(Actor actor) {
		this.access.requireAlumnus(actor);
		return this.tours.mine(actor);
	}

	/** The alumnus' name as the career record shows it. */
	@Transactional(readOnly = true)
	public String myName(Actor actor) {
		return this.people.get(PersonId.of(this.access.requireAlumnus(actor))).fullName();
	}

}
