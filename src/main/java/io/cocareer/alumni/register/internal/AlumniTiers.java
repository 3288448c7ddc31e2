package io.cocareer.alumni.register.internal;

import java.time.LocalDate;
import java.util.List;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.InteractionKind;

import org.jspecify.annotations.Nullable;

/**
 * The rules that place an alumnus in a tier (DOMAIN.md §3.6), highest that applies first:
 * <ol>
 * <li>distinguished: the talent lead invited them;</li>
 * <li>engaged: they took part (an event, a collaboration or a referral) in the last 365 days;</li>
 * <li>connected: they may be contacted (consent given, not withdrawn): directory, newsletter,
 * openings, referrals;</li>
 * <li>eligible: they left in good standing, without (or no longer with) contact consent.</li>
 * </ol>
 * The same rules run in SQL for every alumnus at once ({@code AlumniFactsQuery}); both are tested
 * against the same cases.
 */
public final class AlumniTiers {

	/** How far back taking part still makes an alumnus engaged. */
	public static final int ENGAGED_WITHIN_DAYS = 365;

	/** The kinds of interaction that count as taking part. */
	public static final List<InteractionKind> TAKING_PART = List.of(InteractionKind.EVENT,
			InteractionKind.COLLABORATION, InteractionKind.REFERRAL);

	/** The message keys of the rules, highest tier first, for the talent lead's page. */
	public static final List<String> RULE_KEYS = List.of("alumni.register.tier.rule.DISTINGUISHED",
			"alumni.register.tier.rule.ENGAGED", "alumni.register.tier.rule.CONNECTED",
			"alumni.register.tier.rule.ELIGIBLE");

	private AlumniTiers() {
	}

	/**
	 * The tier of an alumnus.
	 * @param lastTakingPartOn their latest event, collaboration or referral, if any
	 */
	public static AlumniTier tierOf(@Nullable LocalDate distinguishedSince, @Nullable LocalDate lastTakingPartOn,
			boolean contactable, LocalDate today) {
		if (distinguishedSince != null) {
			return AlumniTier.DISTINGUISHED;
		}
		if (lastTakingPartOn != null && !lastTakingPartOn.isBefore(today.minusDays(ENGAGED_WITHIN_DAYS))) {
			return AlumniTier.ENGAGED;
		}
		return contactable ? AlumniTier.CONNECTED : AlumniTier.ELIGIBLE;
	}

}
