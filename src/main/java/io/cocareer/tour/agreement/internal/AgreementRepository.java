package io.cocareer.tour.agreement.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, UUID> {

	List<Agreement> findByTourIdOrderByVersionNoDesc(UUID tourId);

	Optional<Agreement> findFirstByTourIdOrderByVersionNoDesc(UUID tourId);

	Optional<Agreement> findByTourIdAndVersionNo(UUID tourId, int versionNo);

}
