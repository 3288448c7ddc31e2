package io.cocareer.network.exchange.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cocareer.network.exchange.ItemDirection;
import io.cocareer.network.exchange.ItemState;
import io.cocareer.network.exchange.ResourceKind;
import io.cocareer.network.exchange.SupportType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Offers and requests. */
public interface ExchangeItems extends JpaRepository<ExchangeItem, UUID> {

	/** The marketplace: open items not past their last day, newest first; a {@code null} filter lists all. */
	@Query("""
			select i from ExchangeItem i
			where i.state = io.cocareer.network.exchange.ItemState.OPEN
			  and (i.until is null or i.until >= :today)
			  and (:direction is null or i.direction = :direction)
			  and (:kind is null or i.kind = :kind)
			  and (:type is null or i.type = :type)
			  and (:organisation is null or i.fromOrganisation = :organisation)
			order by i.createdAt desc, i.id
			""")
	Page<ExchangeItem> market(LocalDate today, ItemDirection direction, ResourceKind kind, SupportType type,
			Boolean organisation, Pageable page);

	/** The items of a person's own (not the organisation's), newest first. */
	List<ExchangeItem> findByOwnerIdAndFromOrganisationFalseOrderByCreatedAtDesc(UUID ownerId);

	List<ExchangeItem> findByFromOrganisationTrueOrderByCreatedAtDesc();

	List<ExchangeItem> findByOwnerIdAndFromOrganisationFalseAndState(UUID ownerId, ItemState state);

	List<ExchangeItem> findByOwnerIdAndFromOrganisationTrue(UUID ownerId);


	@Modifying
	@Query("delete from ExchangeItem i where i.ownerId = :ownerId and i.fromOrganisation = false")
	void deleteOwnItemsOf(UUID ownerId);

}
