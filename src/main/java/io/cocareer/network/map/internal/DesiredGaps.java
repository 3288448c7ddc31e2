package io.cocareer.network.map.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The desired network of each talent. */
public interface DesiredGaps extends JpaRepository<DesiredGap, UUID> {

	List<DesiredGap> findByTalentIdOrderByCreatedAt(UUID talentId);

	Optional<DesiredGap> findByIdAndTalentId(UUID id, UUID talentId);

	@Modifying
	@Query("delete from DesiredGap g where g.talentId = :talentId")
	void deleteMapOf(UUID talentId);

}
