/**
 * The competency catalogue: the competencies, by category, that talents rate themselves in on
 * their profiles and that work packages ask for. Everyone reads it; the talent lead keeps it.
 * <p>
 * Owns the {@code competency} table. Page at {@code /talents/competencies}, API at
 * {@code /api/v1/competencies}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent: competency catalogue")
package io.cocareer.talent.competency;
