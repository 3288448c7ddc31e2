/**
 * Talents: the talent pool (designations with reason, evidence, review date and a 9-box rating),
 * talent profiles (ranked values, aspirations, competencies from a catalogue, potential) and
 * notes by the talent's manager and the talent lead.
 * <p>
 * Its parts are nested modules that use this one and never the reverse:
 * {@link io.cocareer.talent.pool the pool} (designations, the pool list and its figures, leavers
 * leaving the pool), {@link io.cocareer.talent.profile profiles} (the profile, its revisions,
 * notes, discoverability and the bulk reads for matching), {@link io.cocareer.talent.competency
 * the competency catalogue} and {@link io.cocareer.talent.ninebox the 9-box}. The pool starts a
 * profile when it designates someone; profiles read the catalogue. When a person is erased
 * ({@link io.cocareer.people.PersonErased}) the pool deletes their designation with its 9-box
 * placement, and profiles their profile (values, aspirations, competencies) with the notes about them.
 * <p>
 * Keeps what every part shares: the {@link io.cocareer.talent.DesignationView designation} as
 * profiles and the pool show it, {@link io.cocareer.talent.TalentNotFoundException}, the reads of
 * designations and 9-box labels ({@code TalentReadModel}) and one access policy,
 * {@code TalentGuard} in {@code talent.internal}: privacy is deny by default and decided there
 * for every part, for the UI, the API and the {@code may…} flags pages show; a profile is seen by
 * the talent, their direct manager and the talent lead, nobody else.
 * <p>
 * Spring Modulith lets other modules use a parent's API only, never its nested modules', so this
 * package declares what other modules read, with the types they read it in, and the nested
 * modules implement it: {@link io.cocareer.talent.TalentProfiles} (the profile beside a tour, the
 * reads for matching), {@link io.cocareer.talent.CompetencyCatalogue} and
 * {@link io.cocareer.talent.TalentPool}. Matching reads the pool in bulk through
 * {@link io.cocareer.talent.TalentProfiles#matchingPool}, which checks no actor and has one
 * caller, the tour module's {@code MatchingService}, which shows derived scores and reasons under
 * its own rules (checked by {@code MatchingReadAccessTests}).
 * <p>
 * Owns the {@code competency}, {@code talent_*}, {@code profile_*} and {@code nine_box_label}
 * tables, each written by one part. Publishes {@link io.cocareer.shared.AuditEvent}s for every
 * change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent", allowedDependencies = { "people", "shared" })
package io.cocareer.talent;
