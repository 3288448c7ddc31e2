package io.cocareer.toolbox.mentoring;

import org.jspecify.annotations.Nullable;

/** A pair's mentoring agreement: what they work on, how often they meet, what stays between them. */
public record AgreementTerms(@Nullable String goals, @Nullable String rhythm, @Nullable String confidentiality) {

}
