package io.cocareer.network.map.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Ties between the developers of one talent's map. */
public interface DeveloperTies extends JpaRepository<DeveloperTie, UUID> {

	List<DeveloperTie> findByTalentIdOrderByCreatedAt(UUID talentId);

	Optional<DeveloperTie> findByIdAndTalentId(UUID id, UUID talentId);

	boolean existsByOneIdAndOtherId(UUID oneId, UUID otherId);

	@Modifying
	@Query("delete from DeveloperTie t where t.oneId = :developerId or t.otherId = :developerId")
	void deleteTiesOf(UUID developerId);

	@Modifying
	@Query("delete from DeveloperTie t where t.talentId = :talentId")
	void deleteMapOf(UUID talentId);

}
