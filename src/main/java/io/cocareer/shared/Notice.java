package io.cocareer.shared;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Published by any module when someone must be told something, in the app and by email: "an
 * agreement awaits your signature", "an obstacle is overdue". The notification module stores
 * it for every recipient in the same transaction and mails it after commit; the publisher does
 * not know how.
 * @param kind a stable name of what happened, e.g. {@code tour.signatureAwaited}
 * @param personIds people to tell (their accounts and emails are looked up)
 * @param roles everyone holding one of these roles is told too (e.g. the talent lead)
 * @param messageCode the message key of the text; rendered in the reader's language
 * @param arguments the message's arguments, already formatted
 * @param link where the notice leads, a path inside the app such as {@code /tours/{id}}
 * @param dedupKey a notice with a key already sent to a recipient is not sent again (null: always
 * sent), so a daily job may publish the same reminder every day without spamming
 * @param actionKey set when the notice asks its recipient to do something ("sign the agreement"):
 * the notice shows as done once a {@link NoticeDone} with this key says the action was taken (null:
 * the notice only informs)
 * @param about the person the notice's words name when they are not its recipient ("Alex asks to
 * come back", told to the talent lead), or null: when that person is erased, the notice goes from
 * every inbox with the name in it ({@link #about(PersonId)})
 */
public record Notice(String kind, Set<UUID> personIds, Set<Role> roles, String messageCode, List<String> arguments,
		String link, String dedupKey, String actionKey, UUID about) {

	/** A notice that only informs. */
	public Notice(String kind, Set<UUID> personIds, Set<Role> roles, String messageCode, List<String> arguments,
			String link, String dedupKey) {
		this(kind, personIds, roles, messageCode, arguments, link, dedupKey, null, null);
	}

	/** A notice about nobody in particular (or only about its recipients). */
	public Notice(String kind, Set<UUID> personIds, Set<Role> roles, String messageCode, List<String> arguments,
			String link, String dedupKey, String actionKey) {
		this(kind, personIds, roles, messageCode, arguments, link, dedupKey, actionKey, null);
	}

	public Notice {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(messageCode, "messageCode");
		personIds = (personIds != null) ? Set.copyOf(personIds) : Set.of();
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
		arguments = (arguments != null) ? List.copyOf(arguments) : List.of();
	}

	public static Notice toPeople(String kind, Set<UUID> personIds, String messageCode, List<String> arguments,
			String link, String dedupKey) {
		return new Notice(kind, personIds, Set.of(), messageCode, arguments, link, dedupKey);
	}

	/** The same notice, asking its recipients for an action, done when {@link NoticeDone} names the key. */
	public Notice asking(String actionKey) {
		return new Notice(this.kind, this.personIds, this.roles, this.messageCode, this.arguments, this.link,
				this.dedupKey, actionKey, this.about);
	}

	/**
	 * The same notice, naming this person in its words (their name is among the arguments): when
	 * they are erased, the notice is deleted from every recipient's inbox, read or not, with its mail.
	 */
	public Notice about(PersonId person) {
		return new Notice(this.kind, this.personIds, this.roles, this.messageCode, this.arguments, this.link,
				this.dedupKey, this.actionKey, person.value());
	}

	public static Notice toRole(String kind, Role role, String messageCode, List<String> arguments, String link,
			String dedupKey) {
		return new Notice(kind, Set.of(), Set.of(role), messageCode, arguments, link, dedupKey);
	}

}
