package io.cocareer.network.map.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Developers, always asked for within one talent's map. */
public interface Developers extends JpaRepository<Developer, UUID> {

	List<Developer> findByTalentIdOrderByCreatedAt(UUID talentId);

	Optional<Developer> findByIdAndTalentId(UUID id, UUID talentId);

	boolean existsByTalentIdAndPersonId(UUID talentId, UUID personId);

	boolean existsByTalentIdAndPersonIdAndIdNot(UUID talentId, UUID personId, UUID id);

	long countByTalentId(UUID talentId);

	List<Developer> findByPersonId(UUID personId);

	@Modifying
	@Query("delete from Developer d where d.talentId = :talentId")
	void deleteMapOf(UUID talentId);

}
