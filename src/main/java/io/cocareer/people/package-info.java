/**
 * People of the organisation: units, people with their reporting lines, and employment
 * periods (so someone can leave and come back with history kept). HR import and export.
 * <p>
 * Owns the {@code org_unit}, {@code person} and {@code employment_period} tables. Other modules
 * read people through {@link io.cocareer.people.PeopleDirectory} as records (nothing private);
 * {@link io.cocareer.people.PeopleService} is told who asks and checks it with one policy,
 * {@code people.internal.PeopleGuard}.
 * <p>
 * The talent lead may erase someone who has left: the row stays, blanked, and
 * {@link io.cocareer.people.PersonErased} tells the other modules to remove what they hold; other
 * modules name people by id and get their names (or the neutral label) from
 * {@link io.cocareer.people.PeopleDirectory#names}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = { "shared" })
package io.cocareer.people;
