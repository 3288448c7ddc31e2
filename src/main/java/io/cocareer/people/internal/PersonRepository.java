package io.cocareer.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, UUID> {

	Optional<Person> findByEmployeeId(String employeeId);

	Optional<Person> findByEmail(String email);

	List<Person> findByEmployeeIdIn(List<String> employeeIds);

}
