package io.cocareer.alumni.exit;

/**
 * The leaver's choice for their exit interview: named (the talent lead reads it), or anonymous (only
 * its main reason counts, in summaries of at least k people; nobody but the leaver reads it).
 */
public enum InterviewAnonymity {

	NAMED, ANONYMOUS

}
