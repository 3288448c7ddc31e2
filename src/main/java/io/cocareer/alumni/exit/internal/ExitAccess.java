package io.cocareer.alumni.exit.internal;

import java.util.Optional;

import io.cocareer.alumni.exit.ExitView.Abilities;
import io.cocareer.alumni.exit.ExitView.Reader;
import io.cocareer.alumni.exit.InterviewAnonymity;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who reads and does what in exit protocols, in one place.
 * <ul>
 * <li>The talent lead reads every protocol, except the words of an anonymous exit interview (they
 * see that it was given); they start protocols, fill in every section but the leaver's own, and
 * complete them. They configure the taxonomy of exit reasons.</li>
 * <li>The leaver reads their own protocol whole, gives (and withdraws) their contact consent and
 * their exit interview: nobody can do either for them.</li>
 * <li>The leaver's manager (when the protocol started) reads the reason's label, the leaving date,
 * the handover checklist and the collaboration opportunities, and fills in those two lists; they
 * may start the protocol of someone reporting to them.</li>
 * <li>Administrators, other talents and alumni read nothing of it: for them it does not exist (404).</li>
 * </ul>
 */
@Component
public class ExitAccess {

	private final PeopleDirectory people;

	ExitAccess(PeopleDirectory people) {
		this.people = people;
	}

	/** Who the actor is to this protocol, if anyone: the leaver first, then the talent lead, then the manager. */
	public Optional<Reader> reader(Actor actor, ExitProtocol exit) {
		if (actor == null || actor.personId() == null) {
			return Optional.empty();
		}
		if (actor.isPerson(PersonId.of(exit.personId()))) {
			return Optional.of(Reader.LEAVER);
		}
		if (actor.isTalentLead()) {
			return Optional.of(Reader.LEAD);
		}
		if (actor.has(Role.MANAGER) && actor.personId().value().equals(exit.managerId())) {
			return Optional.of(Reader.MANAGER);
		}
		return Optional.empty();
	}

	/** Who the actor is to the protocol, or it does not exist for them (404). */
	public Reader require(Actor actor, ExitProtocol exit) {
		return reader(actor, exit).orElseThrow(ExitAccess::notFound);
	}

	public static NotFoundException notFound() {
		return new NotFoundException("alumni.exit.notFound", "There is no such exit protocol");
	}

	/** What the reader may do with the protocol now. */
	public Abilities abilities(Reader reader, ExitProtocol exit) {
		boolean open = exit.open();
		boolean lead = reader == Reader.LEAD;
		boolean leaver = reader == Reader.LEAVER;
		boolean manager = reader == Reader.MANAGER;
		return new Abilities(lead && open, (lead || leaver) && open && !exit.consentActive(),
				(lead || manager) && open, lead && open, (lead || manager) && open, leaver && open,
				leaver && open && exit.consentActive(), leaver && open, lead && open, mayReadInterview(reader, exit),
				lead || leaver);
	}

	/** The interview's words: the leaver always; the talent lead when it is named; nobody else. */
	public boolean mayReadInterview(Reader reader, ExitProtocol exit) {
		return reader == Reader.LEAVER
				|| (reader == Reader.LEAD && exit.interviewAnonymity() == InterviewAnonymity.NAMED);
	}

	/** Refused unless the reader may do it: a refusal names the action, not what they may not read. */
	public void require(boolean allowed) {
		if (!allowed) {
			throw new PermissionDenied("alumni.exit.denied", "You may not do this in this exit protocol");
		}
	}

	/** Whether the actor sees the exits list at all: staff with a person, and alumni (their own). */
	public boolean mayList(Actor actor) {
		return actor != null && actor.personId() != null && (actor.isTalentLead() || actor.has(Role.MANAGER)
				|| actor.has(Role.TALENT) || actor.has(Role.ALUMNUS));
	}

	/** Whether the actor sees every protocol in the list: the talent lead. */
	public boolean seesAll(Actor actor) {
		return actor != null && actor.personId() != null && actor.isTalentLead();
	}

	/** Whether the actor may start protocols at all (the "new" page): the talent lead, a manager. */
	public boolean mayStartAny(Actor actor) {
		return actor != null && actor.personId() != null && (actor.isTalentLead() || actor.has(Role.MANAGER));
	}

	/** Whether the actor may start the protocol of this person: the talent lead, or their manager. */
	public boolean mayStart(Actor actor, PersonId personId) {
		if (actor == null || actor.personId() == null || actor.isPerson(personId)) {
			return false;
		}
		return actor.isTalentLead() || (actor.has(Role.MANAGER) && this.people.isManagerOf(actor.personId(), personId));
	}

	/** Whether the actor may record a past exit, configure reasons, complete: the talent lead. */
	public boolean isLead(Actor actor) {
		return actor != null && actor.personId() != null && actor.isTalentLead();
	}

}
