package io.cocareer.network;

/** The social system a developer comes from (Higgins &amp; Kram's range counts these; DOMAIN.md §1.2). */
public enum Arena {

	CURRENT_EMPLOYER, PRIOR_EMPLOYER, EDUCATION, PROFESSIONAL_ASSOCIATION, COMMUNITY_OR_FAMILY, OTHER

}
