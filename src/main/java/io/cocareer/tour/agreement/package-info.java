/**
 * The mission conversation and the agreement of a tour: the mission's revisions and comments with
 * their differences, the agreement's versions, both signatures (with the Right of First
 * Conversation acknowledged), amendments, and the agreement as a page and a PDF.
 * <p>
 * Owns the {@code tour_mission*} and {@code tour_agreement} tables. Pages at
 * {@code /tours/{id}/mission} and {@code /tours/{id}/agreement}, API below
 * {@code /api/v1/tours/{id}}.
 * <p>
 * Names who wrote a revision, a comment or a version by person id (the name is looked up when read);
 * the signatures are kept as signed, a legal record. When a person is erased
 * ({@link io.cocareer.people.PersonErased}) their mission comments go; the revisions stay, the
 * mission being the tour's, and the agreement stays whole.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty: mission and agreement")
package io.cocareer.tour.agreement;
