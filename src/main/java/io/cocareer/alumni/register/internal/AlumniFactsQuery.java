package io.cocareer.alumni.register.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.register.AlumnusFacts;
import io.cocareer.alumni.register.PeriodFacts;
import io.cocareer.shared.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every alumnus with their interactions summed, in one statement: what the review counts and the
 * talent lead's list shows. The tier follows {@link AlumniTiers} from the summed dates.
 */
@Component
public class AlumniFactsQuery {

	private static final String FACTS = """
			select a.person_id, a.left_on, a.reason_kind, a.reason_code, a.interview_reason_code,
			       a.consent_given_at, a.consent_email, a.consent_withdrawn_at, a.distinguished_since,
			       a.rehired_on, a.left_again_on, a.prior_rating, a.return_rating,
			       i.last_year, i.collaborations, i.collaboration_value, i.referrals, i.referral_hires,
			       i.last_on, i.last_taking_part, i.period_all, i.period_collaborations, i.period_value,
			       i.period_referrals, i.period_referral_hires
			from alumnus a
			left join (
			    select person_id,
			           sum(case when occurred_on >= :yearAgo then 1 else 0 end) as last_year,
			           sum(case when kind = 'COLLABORATION' then 1 else 0 end) as collaborations,
			           sum(case when kind = 'COLLABORATION' then coalesce(value_cents, 0) else 0 end) as collaboration_value,
			           sum(case when kind = 'REFERRAL' then 1 else 0 end) as referrals,
			           sum(case when kind = 'REFERRAL' and hired then 1 else 0 end) as referral_hires,
			           max(occurred_on) as last_on,
			           max(case when kind in ('EVENT', 'COLLABORATION', 'REFERRAL') then occurred_on end) as last_taking_part,
			           sum(case when occurred_on between :from and :to then 1 else 0 end) as period_all,
			           sum(case when kind = 'COLLABORATION' and occurred_on between :from and :to then 1 else 0 end)
			               as period_collaborations,
			           sum(case when kind = 'COLLABORATION' and occurred_on between :from and :to
			               then coalesce(value_cents, 0) else 0 end) as period_value,
			           sum(case when kind = 'REFERRAL' and occurred_on between :from and :to then 1 else 0 end)
			               as period_referrals,
			           sum(case when kind = 'REFERRAL' and hired and occurred_on between :from and :to then 1 else 0 end)
			               as period_referral_hires
			    from alumni_interaction
			    group by person_id) i on i.person_id = a.person_id
			""";

	private final JdbcClient jdbc;

	AlumniFactsQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AlumnusFacts> all(LocalDate today) {
		return this.jdbc.sql(FACTS + " order by a.left_on desc, a.person_id")
			.param("yearAgo", today.minusDays(AlumniTiers.ENGAGED_WITHIN_DAYS))
			.param("from", today)
			.param("to", today)
			.query((rs, row) -> facts(rs, today))
			.list();
	}

	/**
	 * Every alumnus with their interactions of {@code [from, to]} summed too, in the same one
	 * statement (for the review over a period; no order, the review counts).
	 */
	public List<PeriodFacts> between(LocalDate today, LocalDate from, LocalDate to) {
		return this.jdbc.sql(FACTS)
			.param("yearAgo", today.minusDays(AlumniTiers.ENGAGED_WITHIN_DAYS))
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new PeriodFacts(facts(rs, today), rs.getInt("period_all"),
					rs.getInt("period_collaborations"), rs.getLong("period_value"), rs.getInt("period_referrals"),
					rs.getInt("period_referral_hires")))
			.list();
	}

	private static final String CONTACTABLE = """
			(consent_given_at is not null and consent_email is not null and consent_withdrawn_at is null
			 and (rehired_on is null or left_again_on is not null))""";

	/** The alumni in a tier today, by {@link AlumniTiers}' rules on the register's rows (no interaction read). */
	public java.util.Set<PersonId> inTier(AlumniTier tier, LocalDate today) {
		String engaged = "last_taking_part_on is not null and last_taking_part_on >= :yearAgo";
		String where = switch (tier) {
			case DISTINGUISHED -> "distinguished_since is not null";
			case ENGAGED -> "distinguished_since is null and " + engaged;
			case CONNECTED -> "distinguished_since is null and not (" + engaged + ") and " + CONTACTABLE;
			case ELIGIBLE -> "distinguished_since is null and not (" + engaged + ") and not " + CONTACTABLE;
		};
		return new java.util.HashSet<>(this.jdbc.sql("select person_id from alumnus where " + where)
			.param("yearAgo", today.minusDays(AlumniTiers.ENGAGED_WITHIN_DAYS))
			.query((rs, row) -> PersonId.of(rs.getObject(1, java.util.UUID.class)))
			.list());
	}

	private static AlumnusFacts facts(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate rehiredOn = rs.getObject("rehired_on", LocalDate.class);
		LocalDate leftAgainOn = rs.getObject("left_again_on", LocalDate.class);
		boolean contactable = rs.getObject("consent_given_at") != null && rs.getString("consent_email") != null
				&& rs.getObject("consent_withdrawn_at") == null && (rehiredOn == null || leftAgainOn != null);
		LocalDate distinguishedSince = rs.getObject("distinguished_since", LocalDate.class);
		AlumniTier tier = AlumniTiers.tierOf(distinguishedSince, rs.getObject("last_taking_part", LocalDate.class),
				contactable, today);
		return new AlumnusFacts(PersonId.of(rs.getObject("person_id", java.util.UUID.class)),
				rs.getObject("left_on", LocalDate.class), ExitReasonKind.valueOf(rs.getString("reason_kind")),
				rs.getString("reason_code"), rs.getString("interview_reason_code"), tier, contactable, rehiredOn,
				leftAgainOn, (Integer) rs.getObject("prior_rating", Integer.class),
				(Integer) rs.getObject("return_rating", Integer.class), rs.getInt("last_year"), rs.getInt("collaborations"),
				rs.getLong("collaboration_value"), rs.getInt("referrals"), rs.getInt("referral_hires"),
				rs.getObject("last_on", LocalDate.class));
	}

}
