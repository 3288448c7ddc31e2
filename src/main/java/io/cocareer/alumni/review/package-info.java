/**
 * The review across alumni (issue 10, step 9), for the talent lead only: alumni by tier and by
 * kind of exit reason, engagement, collaborations and their value, referrals and the hires they
 * led to, the boomerang rate (rehires over hires), boomerang conversion, time away, second-tenure
 * retention, the change in performance after return, and the reasons exit interviews gave
 * (DOMAIN.md §4.3), over a period. Every count describes k or more people
 * ({@link io.cocareer.alumni.AlumniGroupSizeSettings}); one protected count table per breakdown
 * ({@code shared.disclosure.Suppression}) hides a second count wherever a total minus the shown
 * ones would reveal a smaller group; a rate or a mean over fewer than k is hidden and says so. It
 * reads the register's facts and the people module's hires, and never names or lists anyone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alumni and boomerangs: review across alumni")
package io.cocareer.alumni.review;
