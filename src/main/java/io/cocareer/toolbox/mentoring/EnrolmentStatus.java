package io.cocareer.toolbox.mentoring;

/** An enrolment as mentor or mentee: enrolled, or withdrawn (the person left before the matching was published). */
public enum EnrolmentStatus {

	ENROLLED, WITHDRAWN

}
