package io.cocareer.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by any module when something changes that the audit log must show: who did what to
 * which record. The identity module records it in the same transaction, with the acting user
 * taken from the security context, and shows it as a sentence (the message
 * {@code audit.<action>}, with the actor's name and the arguments).
 * <p>
 * An entry never says more than its reader may read. Its arguments are the only content it
 * holds (no free text of a change: no reasons, notes, comments or ratings written by people,
 * except what {@link Privacy} allows), and an entry about private career data is marked
 * {@link Privacy#CAREER}: a reader who may not read that data elsewhere sees the sentence
 * without its arguments (the message {@code audit.<action>.brief}).
 * @param action a stable name, e.g. {@code tour.stateChanged}; the key of its sentence
 * @param subjectType the kind of record, e.g. {@code tour}
 * @param subjectId the record's id
 * @param privacy who may read the arguments
 * @param arguments the words of the sentence after the actor's name ({0} is the actor)
 */
public record AuditEvent(String action, String subjectType, String subjectId, Privacy privacy,
		List<Argument> arguments) {

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subjectType, "subjectType");
		privacy = (privacy != null) ? privacy : Privacy.CAREER;
		arguments = (arguments != null) ? List.copyOf(arguments) : List.of();
	}

	/** An entry every reader of the audit log may read in full (accounts, people, units, imports). */
	public static AuditEvent open(String action, String subjectType, Object subjectId, Argument... arguments) {
		return new AuditEvent(action, subjectType, idOf(subjectId), Privacy.OPEN, Arrays.asList(arguments));
	}

	/**
	 * An entry about private career data (talent pool, profiles, tours and everything in them):
	 * its arguments are read only by who reads that data elsewhere.
	 */
	public static AuditEvent career(String action, String subjectType, Object subjectId, Argument... arguments) {
		return new AuditEvent(action, subjectType, idOf(subjectId), Privacy.CAREER, Arrays.asList(arguments));
	}

	/** Words as they are (a title, a name of a unit, a date). */
	public static Argument text(Object value) {
		return new Argument(Argument.Kind.TEXT, (value != null) ? String.valueOf(value) : "");
	}

	/** A word from the message bundles, e.g. {@code audit.tourState.ACTIVE}, in the reader's language. */
	public static Argument term(String code) {
		return new Argument(Argument.Kind.TERM, code);
	}

	/** Several words from the message bundles, listed. */
	public static Argument terms(Collection<String> codes) {
		return new Argument(Argument.Kind.TERMS, String.join("|", codes));
	}

	/** A person, shown by their name as it is when the entry is read. */
	public static Argument person(PersonId personId) {
		return new Argument(Argument.Kind.PERSON, (personId != null) ? personId.toString() : "");
	}

	private static String idOf(Object subjectId) {
		return (subjectId != null) ? String.valueOf(subjectId) : null;
	}

	/** Who may read an entry's arguments. */
	public enum Privacy {

		/** Every reader of the audit log (talent lead and administrators). */
		OPEN,

		/** Private career data: only readers who read it on every other path too (the talent lead). */
		CAREER

	}

	/** One argument of the sentence, stored as its kind and value. */
	public record Argument(Kind kind, String value) {

		public Argument {
			Objects.requireNonNull(kind, "kind");
			value = (value != null) ? value : "";
		}

		public enum Kind {

			TEXT, TERM, TERMS, PERSON

		}

	}

}
