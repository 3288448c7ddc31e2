package io.cocareer.alumni.portal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cocareer.alumni.AlumnusDataPart;
import io.cocareer.alumni.portal.ReferralStatus;
import io.cocareer.shared.PersonId;

import org.springframework.stereotype.Component;

/** The portal's part of an alumnus' data download: the posts they were interested in and their referrals. */
@Component
class PortalDataPart implements AlumnusDataPart {

	private final PostInterests interests;

	private final AlumniPosts posts;

	private final Referrals referrals;

	PortalDataPart(PostInterests interests, AlumniPosts posts, Referrals referrals) {
		this.interests = interests;
		this.posts = posts;
		this.referrals = referrals;
	}

	@Override
	public String name() {
		return "portal";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Object of(PersonId personId) {
		List<PostInterest> own = this.interests.findByPersonIdOrderByCreatedAtDesc(personId.value());
		Map<UUID, AlumniPost> byId = new LinkedHashMap<>();
		this.posts.findAllById(own.stream().map(PostInterest::postId).toList()).forEach((p) -> byId.put(p.id(), p));
		Map<String, Object> part = new LinkedHashMap<>();
		part.put("interest", own.stream()
			.filter((i) -> byId.containsKey(i.postId()))
			.map((i) -> new Interest(i.postId(), byId.get(i.postId()).title(), byId.get(i.postId()).publishedOn(),
					i.createdAt()))
			.toList());
		part.put("referrals", this.referrals.findByReferrerIdOrderByCreatedAtDesc(personId.value())
			.stream()
			.map((r) -> new ReferralData(r.id(), r.referredFor(), r.candidateName(), r.candidateEmail(), r.reason(),
					r.status(), r.createdAt()))
			.toList());
		return part;
	}

	record Interest(UUID postId, String postTitle, LocalDate publishedOn, Instant at) {

	}

	record ReferralData(UUID id, String referredFor, String candidateName, String candidateEmail, String reason,
			ReferralStatus status, Instant createdAt) {

	}

}
