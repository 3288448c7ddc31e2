package io.cocareer.network.introduction.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import io.cocareer.network.introduction.BrokerKind;
import io.cocareer.network.introduction.IntroductionState;

/** The introductions talents asked for. */
public interface Introductions extends JpaRepository<Introduction, UUID> {

	List<Introduction> findByTalentIdOrderByAskedAtDesc(UUID talentId);

	List<Introduction> findByBrokerIdOrderByAskedAtDesc(UUID brokerId);

	/** The requests to the talent leads that none of them has answered yet. */
	@Query("select i from Introduction i where i.brokerKind = :kind and i.brokerId is null and i.brokerErased = false"
			+ " and i.state = :state order by i.askedAt desc")
	List<Introduction> findUnanswered(BrokerKind kind, IntroductionState state);

	List<Introduction> findByTargetPersonId(UUID targetPersonId);

	@Modifying
	@Query("delete from Introduction i where i.talentId = :talentId")
	void deleteAskedBy(UUID talentId);

}
