/**
 * Alumni and boomerangs (issue 10): a relationship with the organisation that outlives
 * employment, up to coming back. Nested by the seeds' steps, as the tours are:
 * {@code alumni.mobility} the mobility policy and the confidential career horizon,
 * {@code alumni.entry} the alumni programme explained at entry, {@code alumni.conversation} the
 * pre-emptive exit conversations, {@code alumni.exit} the exit protocol, {@code alumni.register}
 * the alumni themselves (consent, interactions, tiers), {@code alumni.portal} the alumni portal,
 * {@code alumni.reentry} re-entry, rehire and repatriation, {@code alumni.review} the talent lead's
 * review across alumni.
 * <p>
 * The root holds the vocabulary and the events the nested modules share, and uses none of them.
 * The nested modules react to the people and tour events ({@link io.cocareer.people.PersonHired},
 * {@link io.cocareer.people.PersonLeft}, {@link io.cocareer.people.PersonRehired},
 * {@link io.cocareer.people.PersonErased}, {@link io.cocareer.tour.TourEndedInGoodExit}) and to each
 * other's ({@link io.cocareer.alumni.ExitCompleted}, {@link io.cocareer.alumni.CareerHorizonSet},
 * {@link io.cocareer.alumni.ReentryDecided}, {@link io.cocareer.alumni.ReturnRated}) rather than
 * calling into them. Each decides who sees its records in one access policy in its
 * {@code internal}: exit conversations, exit interviews and re-entry evaluations are read only by
 * the people involved; administrators run the system and read no careers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alumni and boomerangs",
		allowedDependencies = { "shared", "people", "talent", "tour", "identity", "notification" })
package io.cocareer.alumni;
