package io.cocareer.toolbox.programme.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Development programmes. */
public interface Programmes extends JpaRepository<Programme, UUID> {

	/** The programme a track belongs to. */
	@Query("select p from Programme p join p.tracks t where t.id = :trackId")
	Optional<Programme> findByTrackId(UUID trackId);

	/** The id of the programme a track belongs to. */
	@Query("select p.id from Programme p join p.tracks t where t.id = :trackId")
	Optional<UUID> idOfTrack(UUID trackId);

	/** The id of the programme whose track holds the module. */
	@Query("select p.id from Programme p join p.tracks t join t.modules m where m.id = :moduleId")
	Optional<UUID> idOfModule(UUID moduleId);

	/**
	 * A programme to change: its version goes up when the transaction commits, also when only one
	 * of its tracks or modules changed (they carry no version of their own: the programme's guards
	 * them all), and the commit fails if somebody changed it in the meantime.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select p from Programme p where p.id = :id")
	Optional<Programme> findForChange(UUID id);

}
