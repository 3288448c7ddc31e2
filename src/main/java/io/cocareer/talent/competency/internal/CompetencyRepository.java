package io.cocareer.talent.competency.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompetencyRepository extends JpaRepository<Competency, UUID> {

	Optional<Competency> findByNameIgnoreCase(String name);

}
