/**
 * The alumni programme explained at entry (the seeds' second alumni step): every new hire
 * ({@link io.cocareer.people.PersonHired}, or a boomerang's {@link io.cocareer.people.PersonRehired})
 * gets a pending acknowledgement; they read what the programme offers and why, and say they have
 * read it. Staff already here may read it any time. The talent lead sees the coverage of hires by
 * unit and by cohort (groups of at least k only, {@link io.cocareer.shared.disclosure.Suppression})
 * and the new hires still to acknowledge, whom they may remind.
 * <p>
 * Who sees and does what is {@code internal.EntryAccess}'s alone; administrators see none of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alumni and boomerangs: the programme explained at entry")
package io.cocareer.alumni.entry;
