package io.cocareer.alumni.portal.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For the demo only: posts and referrals made through the services are moved back in time. */
@Component
public class PortalBackdating {

	private final AlumniPosts posts;

	private final Referrals referrals;

	PortalBackdating(AlumniPosts posts, Referrals referrals) {
		this.posts = posts;
		this.referrals = referrals;
	}

	@Transactional
	public void post(UUID postId, LocalDate publishedOn, LocalDate closesOn) {
		this.posts.findById(postId)
			.ifPresent((p) -> p.backdate(publishedOn, closesOn, publishedOn.atTime(9, 0).toInstant(ZoneOffset.UTC)));
	}

	@Transactional
	public void referral(UUID referralId, LocalDate on) {
		this.referrals.findById(referralId).ifPresent((r) -> r.backdate(on.atTime(10, 0).toInstant(ZoneOffset.UTC)));
	}

}
