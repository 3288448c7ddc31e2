package io.cocareer.network.map.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import io.cocareer.network.ShareAudience;

/** Who each talent shares their network with. */
public interface NetworkShares extends JpaRepository<NetworkShare, UUID> {

	List<NetworkShare> findByTalentIdOrderByAudience(UUID talentId);

	Optional<NetworkShare> findByTalentIdAndAudience(UUID talentId, ShareAudience audience);

	List<NetworkShare> findByAudience(ShareAudience audience);

	@Modifying
	@Query("delete from NetworkShare s where s.talentId = :talentId")
	void deleteMapOf(UUID talentId);

}
