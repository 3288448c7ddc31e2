package io.cocareer.talent;

import java.time.Instant;
import java.util.List;

import io.cocareer.people.PersonView;
import io.cocareer.shared.PrivateData;

/**
 * A talent's profile as the caller may see it, with what the caller may do with it. The
 * designation is {@code null} for someone who keeps a profile without being in the pool.
 * {@code discoverable}: the talent lets creators and sponsors of work packages find them.
 */
@PrivateData
public record TalentProfileView(PersonView person, DesignationView designation, List<String> values,
		String shortTermAspiration, String longTermAspiration, List<String> desiredRoles, String personalBrand,
		String potentialStatement, List<ProfileCompetency> competencies, List<NoteView> notes, Instant updatedAt,
		String updatedBy, long version, boolean editable, boolean mayAddNotes, boolean mayManageDesignation,
		boolean discoverable) {

}
