package io.cocareer.toolbox.programme.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Development programmes. */
public interface Programmes extends JpaRepository<Programme, UUID> {

	/** The programme a track belongs to. */
	@Query("select p from Programme p join p.tracks t where t.id = :trackId")
	Optional<Programme> findByTrackId(UUID trackId);

}
