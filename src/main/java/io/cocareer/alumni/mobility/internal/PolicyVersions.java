package io.cocareer.alumni.mobility.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The published versions of the mobility policy. */
public interface PolicyVersions extends JpaRepository<PolicyVersion, UUID> {

	Optional<PolicyVersion> findFirstByOrderByNumberDesc();

	Optional<PolicyVersion> findByNumber(int number);

	List<PolicyVersion> findAllByOrderByNumberDesc();

	List<PolicyVersion> findByPublishedBy(UUID publishedBy);

}
