package io.cocareer.tour.review.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClosingReviewRepository extends JpaRepository<ClosingReview, UUID> {

}
