package io.cocareer.alumni.register;

import io.cocareer.shared.PrivateData;

/**
 * What the review counts about one alumnus over a period: their {@link AlumnusFacts} and their
 * interactions of the period (on its first to its last day), read for all of them in one statement.
 * @param interactions interactions of any kind in the period
 * @param collaborationValueCents the value of the period's collaborations, in cents
 * @param referralHires the period's referrals marked hired
 */
@PrivateData
public record PeriodFacts(AlumnusFacts alumnus, int interactions, int collaborations, long collaborationValueCents,
		int referrals, int referralHires) {

}
