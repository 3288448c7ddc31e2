package io.cocareer.toolbox.counselling.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo only: moves a session and its follow-ups back in time by some days, so that what
 * was played today through the service reads as held weeks ago.
 */
@Component
public class CounsellingBackdating {

	private final CounsellingSessions sessions;

	CounsellingBackdating(CounsellingSessions sessions) {
		this.sessions = sessions;
	}

	@Transactional
	public void backdate(UUID sessionId, int days) {
		this.sessions.findById(sessionId).ifPresent((s) -> s.backdate(days));
	}

}
