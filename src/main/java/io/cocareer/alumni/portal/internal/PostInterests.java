package io.cocareer.alumni.portal.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Alumni's interest in posts. */
public interface PostInterests extends JpaRepository<PostInterest, UUID> {

	Optional<PostInterest> findByPostIdAndPersonId(UUID postId, UUID personId);

	List<PostInterest> findByPersonIdOrderByCreatedAtDesc(UUID personId);

	List<PostInterest> findByPostIdOrderByCreatedAtAsc(UUID postId);

	List<PostInterest> findByPostIdIn(Collection<UUID> postIds);

}
