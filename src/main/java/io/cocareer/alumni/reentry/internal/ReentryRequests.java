package io.cocareer.alumni.reentry.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Re-entry requests. */
public interface ReentryRequests extends JpaRepository<ReentryRequest, UUID> {

	List<ReentryRequest> findByPersonIdOrderByCreatedAtDesc(UUID personId);

	List<ReentryRequest> findAllByOrderByCreatedAtDesc();

	List<ReentryRequest> findByHiringManagerIdOrderByCreatedAtDesc(UUID hiringManagerId);

	@Query("select r from ReentryRequest r where r.startedBy = :personId or r.hiringManagerId = :personId or r.decidedBy = :personId")
	List<ReentryRequest> naming(UUID personId);

}
