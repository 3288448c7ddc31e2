/**
 * Notifications in the app and by email. Any module publishes an {@link io.cocareer.shared.Notice};
 * this module stores it in the publisher's transaction, once per recipient account (people
 * and roles resolved, repeated keys skipped), shows it behind the bell and on
 * {@code /notifications}, and mails it from the stored rows after commit (an outbox).
 * <p>
 * Owns the {@code notification} table. A notification is seen by its recipient only. An erased
 * person's notifications are deleted ({@link io.cocareer.people.PersonErased}), and so are the
 * notifications to others whose words name them ({@code Notice.about}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "identity", "people", "shared" })
package io.cocareer.notification;
