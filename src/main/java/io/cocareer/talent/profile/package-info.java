/**
 * Talent profiles: ranked values, aspirations, desired roles, competencies from the catalogue
 * with evidence, potential in the talent's own words, whether work package creators and sponsors
 * may find the talent; the notes of the manager and the talent lead; and the bulk reads matching
 * scores the pool with ({@link io.cocareer.talent.profile.TalentProfileService#matchingPool},
 * published to other modules as {@link io.cocareer.talent.TalentProfiles}).
 * <p>
 * Owns the {@code talent_profile}, {@code profile_*} tables. Pages at {@code /talents/me},
 * {@code /talents/{id}} and {@code /talents/{id}/edit}; API at
 * {@code /api/v1/talents/{id}/profile}, {@code …/discoverability} and {@code …/notes}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent: profiles and notes")
package io.cocareer.talent.profile;
