/**
 * The exit protocol (issue 10, step 4): a person leaving, or one who left before the platform, goes
 * through it with the talent lead (or their manager starts it): the reason from the lead's taxonomy
 * and the rehire eligibility it defaults, the connection protocol and the consent the leaver gives
 * themselves, collaboration opportunities, the re-entry discussion, the knowledge handover and the
 * exit interview (named, or for anonymous summaries only). A tour that ended in a good exit starts
 * one with what its closing review said.
 * <p>
 * Completing it records the leaving with the people module (staff access ends), opens the alumni
 * portal with consent, and publishes {@link io.cocareer.alumni.ExitCompleted}, all in one
 * transaction. Who reads what is {@code internal.ExitAccess}'s alone: the talent lead everything
 * but anonymous interviews, the leaver their own, their manager the reason, handover and
 * collaborations; nobody else anything.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alumni and boomerangs: exit protocol")
package io.cocareer.alumni.exit;
