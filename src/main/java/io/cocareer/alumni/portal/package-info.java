/**
 * The alumni portal (issue 10, step 5), the alumni's self-service apart from their profile and the
 * directory ({@code alumni.directory}): news and opportunities the talent lead posts to alumni
 * (collaborations, open roles and work packages shared with them) and the alumni's "I'm
 * interested"; referring a candidate, which the talent lead takes from new to hired or declined;
 * the alumnus' consent settings; a download of everything the alumni modules hold about them
 * ({@link io.cocareer.alumni.AlumnusDataPart}: each module adds its part); erasure of their own
 * data ({@code PeopleService.eraseOwn}); and their career record of tours of duty as a PDF
 * ({@code TourRecords}).
 * <p>
 * Interest and referrals are logged in the register as interactions ({@code CONTACT},
 * {@code REFERRAL}); a hired referral is marked there. Posts notify contactable alumni only: one who
 * withdrew consent hears nothing. Who sees what is {@code internal.PortalAccess}'s alone: alumni
 * their own things, the talent lead the posts and referrals; managers, talents and administrators
 * nothing of the alumni's. On {@link io.cocareer.people.PersonErased} an alumnus' interest and the
 * candidates they referred are deleted (a post keeps how many were interested, as a number).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alumni and boomerangs: portal")
package io.cocareer.alumni.portal;
