package io.cocareer.alumni.portal.internal;

import java.util.List;
import java.util.UUID;

import io.cocareer.alumni.portal.ReferralStatus;

import org.springframework.data.jpa.repository.JpaRepository;

/** Candidates referred by alumni. */
public interface Referrals extends JpaRepository<Referral, UUID> {

	List<Referral> findByReferrerIdOrderByCreatedAtDesc(UUID referrerId);

	List<Referral> findAllByOrderByCreatedAtDesc();

	List<Referral> findByStatusOrderByCreatedAtDesc(ReferralStatus status);

}
