package io.cocareer.network.map;

import java.util.Collection;
import java.util.List;

import io.cocareer.network.map.internal.ReviewReads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trusted bulk read behind the review across talents: every map of these talents with what
 * the review counts (measures, internal and external developers, arenas, the people named as
 * mentor or sponsor), read set-based in chunks of talents, three statements a chunk. It checks no
 * actor: its one caller is {@code network.review}'s service, which decides who may see the
 * review and shows only groups of at least k ({@code MapsForReviewAccessTests}).
 */
@Service
public class MapsForReview {

	private final ReviewReads reads;

	MapsForReview(ReviewReads reads) {
		this.reads = reads;
	}

	/** The maps of these talents (talents without a developer have none). */
	@Transactional(readOnly = true)
	public List<ReviewedMap> mapsOf(Collection<java.util.UUID> talentIds) {
		return this.reads.mapsOf(talentIds);
	}

}
