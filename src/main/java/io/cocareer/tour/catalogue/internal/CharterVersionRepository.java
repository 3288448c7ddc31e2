package io.cocareer.tour.catalogue.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CharterVersionRepository extends JpaRepository<CharterVersion, Integer> {

	Optional<CharterVersion> findFirstByOrderByVersionNoDesc();

	List<CharterVersion> findAllByOrderByVersionNoDesc();

}
