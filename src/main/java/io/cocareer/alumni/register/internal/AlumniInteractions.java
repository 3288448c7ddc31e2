package io.cocareer.alumni.register.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AlumniInteractions extends JpaRepository<AlumniInteraction, UUID> {

	List<AlumniInteraction> findByPersonIdOrderByOccurredOnDescIdDesc(UUID personId);

	List<AlumniInteraction> findByPersonIdAndRecordedBy(UUID personId, UUID recordedBy);

}
