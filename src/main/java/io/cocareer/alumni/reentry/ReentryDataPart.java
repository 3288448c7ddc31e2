package io.cocareer.alumni.reentry;

import java.util.List;
import java.util.Map;

import io.cocareer.alumni.AlumnusDataPart;
import io.cocareer.alumni.reentry.internal.ReentryRequests;
import io.cocareer.shared.PersonId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The re-entry module's part of an alumnus' data download: their requests to come back as they
 * read them in the portal ({@link MyReentryRequest}): what was asked and where it stands, and once
 * decided the decision alone. Never the evaluation, its scores, its notes or the rationale: they
 * are the talent lead's and the hiring manager's, about the organisation's choice.
 */
@Component
class ReentryDataPart implements AlumnusDataPart {

	private final ReentryRequests requests;

	ReentryDataPart(ReentryRequests requests) {
		this.requests = requests;
	}

	@Override
	public String name() {
		return "reentry";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public @Nullable Object of(PersonId personId) {
		List<MyReentryRequest> mine = this.requests.findByPersonIdOrderByCreatedAtDesc(personId.value())
			.stream()
			.map(ReentryService::mine)
			.toList();
		return mine.isEmpty() ? null : Map.of("requests", mine);
	}

}
