/**
 * Talents: the talent pool (designations with reason, evidence, review date and a 9-box rating),
 * talent profiles (ranked values, aspirations, competencies from a catalogue, potential) and
 * notes by the talent's manager and the talent lead.
 * <p>
 * Owns the {@code competency}, {@code talent_*}, {@code profile_*} and {@code nine_box_label}
 * tables. Privacy is deny by default and decided in {@link io.cocareer.talent.TalentService}:
 * a profile is seen by the talent, their direct manager and the talent lead, nobody else.
 * Matching reads the pool in bulk through {@link io.cocareer.talent.TalentService#matchingPool},
 * which checks no actor and has one caller, the tour module's {@code MatchingService}, which
 * shows derived scores and reasons under its own rules (checked by {@code MatchingReadAccessTests}).
 * Publishes {@link io.cocareer.shared.AuditEvent}s for every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent", allowedDependencies = { "people", "shared" })
package io.cocareer.talent;
