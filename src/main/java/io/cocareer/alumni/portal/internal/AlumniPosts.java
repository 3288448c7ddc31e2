package io.cocareer.alumni.portal.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.cocareer.alumni.portal.PostKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The talent lead's posts to alumni. */
public interface AlumniPosts extends JpaRepository<AlumniPost, UUID> {

	/** Every post, newest first: the talent lead's list. */
	List<AlumniPost> findAllByOrderByPublishedOnDescCreatedAtDesc();

	/** The posts of these kinds published by today, newest first: what alumni read. */
	@Query("""
			select p from AlumniPost p where p.kind in :kinds and p.publishedOn <= :today
			order by p.publishedOn desc, p.createdAt desc""")
	List<AlumniPost> published(Collection<PostKind> kinds, LocalDate today);

	List<AlumniPost> findByAuthorId(UUID authorId);

}
