package io.cocareer.alumni.directory;

import java.util.List;

import io.cocareer.alumni.register.AlumnusRecord;
import io.cocareer.alumni.register.InteractionView;
import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * One alumnus as the talent lead reads them: the register's record, their profile (if they have
 * one) and the interactions log, newest first.
 */
@PrivateData
public record AlumnusDetail(String name, AlumnusRecord record, @Nullable AlumniProfileView profile,
		List<InteractionView> interactions) {

	public AlumnusDetail {
		interactions = List.copyOf(interactions);
	}

}
