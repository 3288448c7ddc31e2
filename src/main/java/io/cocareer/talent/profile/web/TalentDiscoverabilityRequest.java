package io.cocareer.talent.profile.web;

import jakarta.validation.constraints.NotNull;

/** The talent's choice to be found by creators and sponsors of work packages, over JSON. */
record TalentDiscoverabilityRequest(@NotNull Boolean discoverable) {

}
