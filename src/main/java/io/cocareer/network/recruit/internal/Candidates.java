package io.cocareer.network.recruit.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.network.recruit.CandidateStage;

import org.springframework.data.jpa.repository.JpaRepository;

/** Candidates; who may read which is {@link RecruitAccess}'s to say. */
public interface Candidates extends JpaRepository<Candidate, UUID> {

	List<Candidate> findAllByOrderByCreatedAtDesc();

	List<Candidate> findByStageOrderByCreatedAtDesc(CandidateStage stage);

	List<Candidate> findByHiringManagerIdOrderByCreatedAtDesc(UUID hiringManagerId);

	boolean existsByHiringManagerId(UUID hiringManagerId);

	Optional<Candidate> findByPersonId(UUID personId);

}
