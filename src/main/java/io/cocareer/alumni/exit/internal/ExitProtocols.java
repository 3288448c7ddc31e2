package io.cocareer.alumni.exit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Exit protocols. */
public interface ExitProtocols extends JpaRepository<ExitProtocol, UUID> {

	/** The person's open protocol, if any (there is one at most). */
	Optional<ExitProtocol> findByOpenPersonId(UUID personId);

	List<ExitProtocol> findAllByOrderByStartedAtDesc();

	List<ExitProtocol> findByManagerIdOrderByStartedAtDesc(UUID managerId);

	List<ExitProtocol> findByPersonIdOrderByStartedAtDesc(UUID personId);

	/** Every protocol that names the person: theirs, as their manager, as an owner or who started it. */
	default List<ExitProtocol> naming(UUID personId) {
		return findAll().stream()
			.filter((e) -> personId.equals(e.personId()) || personId.equals(e.managerId()) || personId.equals(e.startedBy())
					|| e.collaborations().stream().anyMatch((c) -> personId.equals(c.ownerId()))
					|| e.handover().stream().anyMatch((h) -> personId.equals(h.ownerId())))
			.toList();
	}

	List<ExitProtocol> findByPersonIdIn(Collection<UUID> personIds);

}
