/**
 * The talent pool: designations with their reason, evidence, review date and 9-box rating,
 * changed and ended by the talent lead and ended when the talent leaves the organisation; the
 * pool as the talent lead and managers see it, and its figures on the homes.
 * <p>
 * Owns the {@code talent_designation} table. Pages at {@code /talents} and
 * {@code /talents/designate}, {@code /talents/{id}/designation}; API at {@code /api/v1/talents}
 * and {@code /api/v1/talents/{id}/designation}. A designation starts the talent's profile through
 * {@link io.cocareer.talent.profile}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent: the pool")
package io.cocareer.talent.pool;
