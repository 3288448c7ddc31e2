package io.cocareer.toolbox.counselling.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The talent lead's list of counsellors. */
public interface Counsellors extends JpaRepository<Counsellor, UUID> {

}
