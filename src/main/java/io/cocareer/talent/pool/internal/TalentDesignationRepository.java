package io.cocareer.talent.pool.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TalentDesignationRepository extends JpaRepository<TalentDesignation, UUID> {

}
