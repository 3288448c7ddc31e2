/**
 * What waits for whom across the tours of duty: the homes' tour sections (a talent's own tours
 * with their wins, what the tours a manager runs or the talent lead oversees wait for) and the
 * talent lead's overview of every tour. Reads the other parts of the tour module and changes
 * nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty: homes and overview")
package io.cocareer.tour.overview;
