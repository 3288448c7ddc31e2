package io.cocareer.talent.profile.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProfileNoteRepository extends JpaRepository<ProfileNote, UUID> {

}
