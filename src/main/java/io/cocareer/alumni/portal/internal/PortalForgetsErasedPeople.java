package io.cocareer.alumni.portal.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cocareer.people.PersonErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, the portal forgets them: the candidates they referred go (with the
 * candidates' names and emails), their interest in posts goes (a post keeps how many were
 * interested, as a number), and the posts they wrote as the talent lead stay the organisation's.
 * After the event is committed, through the event publication registry; idempotent.
 */
@Component
class PortalForgetsErasedPeople {

	private final PostInterests interests;

	private final AlumniPosts posts;

	private final Referrals referrals;

	PortalForgetsErasedPeople(PostInterests interests, AlumniPosts posts, Referrals referrals) {
		this.interests = interests;
		this.posts = posts;
		this.referrals = referrals;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		this.referrals.deleteAll(this.referrals.findByReferrerIdOrderByCreatedAtDesc(personId));
		List<PostInterest> own = this.interests.findByPersonIdOrderByCreatedAtDesc(personId);
		Map<UUID, Long> perPost = own.stream().collect(Collectors.groupingBy(PostInterest::postId, Collectors.counting()));
		this.posts.findAllById(perPost.keySet()).forEach((post) -> post.countErasedInterest(perPost.get(post.id()).intValue()));
		this.interests.deleteAll(own);
		this.posts.findByAuthorId(personId).forEach(AlumniPost::forgetAuthor);
	}

}
