package io.cocareer.network.recruit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.network.recruit.AssetKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** A candidate's network assets. */
public interface CandidateAssets extends JpaRepository<CandidateAsset, UUID> {

	List<CandidateAsset> findByCandidateIdOrderByCreatedAt(UUID candidateId);

	List<CandidateAsset> findByCandidateIdInOrderByCreatedAt(Collection<UUID> candidateIds);

	Optional<CandidateAsset> findByIdAndCandidateId(UUID id, UUID candidateId);

	boolean existsByCandidateIdAndKindAndNameKey(UUID candidateId, AssetKind kind, String nameKey);

	long countByCandidateId(UUID candidateId);

	@Modifying
	@Query("delete from CandidateAsset a where a.candidateId = :candidateId")
	void deleteAssetsOf(UUID candidateId);

}
