/**
 * The mission conversation and the agreement of a tour: the mission's revisions and comments with
 * their differences, the agreement's versions, both signatures (with the Right of First
 * Conversation acknowledged), amendments, and the agreement as a page and a PDF.
 * <p>
 * Owns the {@code tour_mission*} and {@code tour_agreement} tables. Pages at
 * {@code /tours/{id}/mission} and {@code /tours/{id}/agreement}, API below
 * {@code /api/v1/tours/{id}}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty: mission and agreement")
package io.cocareer.tour.agreement;
