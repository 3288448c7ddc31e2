package io.cocareer.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, UUID> {

	Optional<OrgUnit> findByCode(String code);

	List<OrgUnit> findAllByOrderByName();

}
