package io.cocareer.alumni.portal;

/** Where a referred candidate is with the organisation, as the talent lead records it. */
public enum ReferralStatus {

	NEW, IN_PROCESS, HIRED, DECLINED;

	/** Whether the referral is over (hired or declined): its status does not change any more. */
	public boolean closed() {
		return this == HIRED || this == DECLINED;
	}

}
