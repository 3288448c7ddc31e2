/**
 * Introductions (issue 9, step 6): a talent asks for an introduction to a person, an organisation
 * or a community, with a purpose; a broker (their manager, the talent leads, or a colleague who
 * knows the target) accepts or declines, makes the introduction, and the talent records the
 * outcome and may add the new developer to their map in the same step ({@code network.map}'s
 * {@link io.cocareer.network.map.NetworkService#addDeveloper}).
 * <p>
 * An introduction is seen only by the talent who asked and the broker asked (a request to the
 * talent leads by every talent lead until one of them answers it); never by the target, other
 * managers or administrators. The broker reads the purpose the talent wrote and nothing of their
 * map. One access policy decides: {@code internal.IntroductionAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Developmental networks: introductions")
package io.cocareer.network.introduction;
