package io.cocareer.alumni.directory.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The alumni's profiles, by person id. */
public interface AlumniProfiles extends JpaRepository<AlumniProfile, UUID> {

}
