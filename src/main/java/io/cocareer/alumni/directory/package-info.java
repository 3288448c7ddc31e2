/**
 * Alumni profiles and the alumni directory (issue 10, steps 5 and 6), and the talent lead's
 * relations with the alumni: an alumnus keeps a profile of themselves (current employer and role,
 * skills gained since leaving, a headline, where they are, their LinkedIn page) and chooses to be
 * listed in the directory (off by default). Alumni find each other there by name, employer, role,
 * skills and the words of a headline; the talent lead finds every alumnus, listed or not, with
 * their tier, reads each one's record, profile and interactions, records interactions, marks a
 * referral hired and invites to (or revokes) the distinguished tier.
 * <p>
 * Uses {@code alumni.register} for the alumni themselves (consent, interactions, tiers): an
 * alumnus whose consent is withdrawn leaves the directory at once. Who sees what is decided in
 * {@code internal.DirectoryAccess}: alumni and the talent lead only; managers, talents and
 * administrators see nothing of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alumni and boomerangs: profiles and directory")
package io.cocareer.alumni.directory;
