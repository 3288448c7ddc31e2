package io.cocareer.toolbox.counselling;

import io.cocareer.shared.PersonId;

/**
 * A session asked for: with whom, on what.
 * @param talentId the talent counselled; {@code null} for the one asking
 * @param counsellorId a counsellor from the talent lead's list
 * @param topic what it is about, in a line
 * @param agenda what to go through, may be empty
 */
public record RequestSession(PersonId talentId, PersonId counsellorId, String topic, String agenda) {

}
