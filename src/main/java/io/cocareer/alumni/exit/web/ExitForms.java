package io.cocareer.alumni.exit.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.CollaborationKind;
import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.alumni.exit.ConnectionSection;
import io.cocareer.alumni.exit.ExitView;
import io.cocareer.alumni.exit.InterviewAnonymity;
import io.cocareer.alumni.exit.OpenToReturn;

/** The forms of the exit pages, one per section (each with its own errors). */
final class ExitForms {

	private ExitForms() {
	}

	/** Starting a protocol, or recording a past exit (the leaving date is then not asked). */
	static class StartForm {

		@NotBlank(message = "{alumni.exit.personRequired}")
		private String employeeId;

		private LocalDate leavingOn;

		public String getEmployeeId() {
			return this.employeeId;
		}

		public void setEmployeeId(String employeeId) {
			this.employeeId = employeeId;
		}

		public LocalDate getLeavingOn() {
			return this.leavingOn;
		}

		public void setLeavingOn(LocalDate leavingOn) {
			this.leavingOn = leavingOn;
		}

	}

	static class ReasonForm {

		private LocalDate leavingOn;

		private String reasonCode;

		private RehireEligibility eligibility;

		@Size(max = 1000, message = "{alumni.exit.tooLong}")
		private String eligibilityNote;

		private Long version;

		static ReasonForm of(ExitView exit) {
			ReasonForm form = new ReasonForm();
			form.leavingOn = exit.leavingOn();
			form.reasonCode = exit.reasonCode();
			form.eligibility = exit.eligibility();
			form.eligibilityNote = exit.eligibilityNote();
			form.version = exit.version();
			return form;
		}

		public LocalDate getLeavingOn() {
			return this.leavingOn;
		}

		public void setLeavingOn(LocalDate leavingOn) {
			this.leavingOn = leavingOn;
		}

		public String getReasonCode() {
			return this.reasonCode;
		}

		public void setReasonCode(String reasonCode) {
			this.reasonCode = reasonCode;
		}

		public RehireEligibility getEligibility() {
			return this.eligibility;
		}

		public void setEligibility(RehireEligibility eligibility) {
			this.eligibility = eligibility;
		}

		public String getEligibilityNote() {
			return this.eligibilityNote;
		}

		public void setEligibilityNote(String eligibilityNote) {
			this.eligibilityNote = eligibilityNote;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	/** The connection protocol; the leaver's consent form is the same fields. */
	static class ConnectionForm {

		private String email;

		private Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);

		private ContactCadence cadence;

		private Long version;

		static ConnectionForm of(ExitView exit) {
			ConnectionForm form = new ConnectionForm();
			form.email = exit.privateEmail();
			form.channels = exit.channels().isEmpty() ? EnumSet.noneOf(ContactChannel.class) : EnumSet.copyOf(exit.channels());
			form.cadence = exit.cadence();
			form.version = exit.version();
			return form;
		}

		ConnectionSection toSection() {
			return new ConnectionSection(this.email, this.channels, this.cadence);
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public Set<ContactChannel> getChannels() {
			return this.channels;
		}

		public void setChannels(Set<ContactChannel> channels) {
			this.channels = (channels == null) ? EnumSet.noneOf(ContactChannel.class) : channels;
		}

		public ContactCadence getCadence() {
			return this.cadence;
		}

		public void setCadence(ContactCadence cadence) {
			this.cadence = cadence;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	/** A collaboration opportunity or a handover item to add (owner by employee id, from the person picker). */
	static class RowForm {

		private CollaborationKind kind;

		@Size(max = 500, message = "{alumni.exit.tooLong}")
		private String description;

		private String ownerEmployeeId;

		private LocalDate dueOn;

		private Long version;

		public CollaborationKind getKind() {
			return this.kind;
		}

		public void setKind(CollaborationKind kind) {
			this.kind = kind;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getOwnerEmployeeId() {
			return this.ownerEmployeeId;
		}

		public void setOwnerEmployeeId(String ownerEmployeeId) {
			this.ownerEmployeeId = ownerEmployeeId;
		}

		public LocalDate getDueOn() {
			return this.dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	static class ReentryForm {

		@NotNull(message = "{alumni.exit.reentry.openRequired}")
		private OpenToReturn openToReturn;

		@Size(max = 200, message = "{alumni.exit.tooLong}")
		private String when;

		@Size(max = 2000, message = "{alumni.exit.tooLong}")
		private String conditions;

		private Long version;

		static ReentryForm of(ExitView exit) {
			ReentryForm form = new ReentryForm();
			form.openToReturn = exit.openToReturn();
			form.when = exit.returnWhen();
			form.conditions = exit.returnConditions();
			form.version = exit.version();
			return form;
		}

		public OpenToReturn getOpenToReturn() {
			return this.openToReturn;
		}

		public void setOpenToReturn(OpenToReturn openToReturn) {
			this.openToReturn = openToReturn;
		}

		public String getWhen() {
			return this.when;
		}

		public void setWhen(String when) {
			this.when = when;
		}

		public String getConditions() {
			return this.conditions;
		}

		public void setConditions(String conditions) {
			this.conditions = conditions;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	static class InterviewForm {

		@NotNull(message = "{alumni.exit.interview.anonymityRequired}")
		private InterviewAnonymity anonymity;

		private String interviewReasonCode;

		@Size(max = 2000, message = "{alumni.exit.tooLong}")
		private String wouldHaveKept;

		@Size(max = 2000, message = "{alumni.exit.tooLong}")
		private String comments;

		private Long version;

		static InterviewForm of(ExitView exit) {
			InterviewForm form = new InterviewForm();
			form.anonymity = exit.interviewAnonymity();
			form.interviewReasonCode = exit.interviewReasonCode();
			form.wouldHaveKept = exit.interviewWouldHaveKept();
			form.comments = exit.interviewComments();
			form.version = exit.version();
			return form;
		}

		public InterviewAnonymity getAnonymity() {
			return this.anonymity;
		}

		public void setAnonymity(InterviewAnonymity anonymity) {
			this.anonymity = anonymity;
		}

		public String getInterviewReasonCode() {
			return this.interviewReasonCode;
		}

		public void setInterviewReasonCode(String interviewReasonCode) {
			this.interviewReasonCode = interviewReasonCode;
		}

		public String getWouldHaveKept() {
			return this.wouldHaveKept;
		}

		public void setWouldHaveKept(String wouldHaveKept) {
			this.wouldHaveKept = wouldHaveKept;
		}

		public String getComments() {
			return this.comments;
		}

		public void setComments(String comments) {
			this.comments = comments;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	/** A reason of the taxonomy, to add or to change. */
	static class ExitReasonForm {

		private String code;

		private String label;

		private ExitReasonKind kind;

		private boolean active = true;

		private Long version;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public ExitReasonKind getKind() {
			return this.kind;
		}

		public void setKind(ExitReasonKind kind) {
			this.kind = kind;
		}

		public boolean isActive() {
			return this.active;
		}

		public void setActive(boolean active) {
			this.active = active;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
