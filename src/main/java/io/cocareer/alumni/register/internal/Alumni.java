package io.cocareer.alumni.register.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Alumni extends JpaRepository<Alumnus, UUID> {

	List<Alumnus> findAllByOrderByLeftOnDesc();

}
