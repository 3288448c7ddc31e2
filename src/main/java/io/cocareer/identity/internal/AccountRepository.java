package io.cocareer.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	Optional<Account> findByPersonId(UUID personId);

	boolean existsByUsernameIgnoreCase(String username);

}
