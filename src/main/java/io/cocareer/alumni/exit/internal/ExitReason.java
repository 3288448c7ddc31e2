package io.cocareer.alumni.exit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.exit.ExitReasonView;

/** A reason of the talent lead's exit taxonomy: its code stays, its label, kind and active flag change. */
@Entity
@Table(name = "alumni_exit_reason")
public class ExitReason {

	@Id
	private String code;

	private String label;

	@Enumerated(EnumType.STRING)
	private ExitReasonKind kind;

	private boolean active;

	private int position;

	@Version
	private Long version;

	protected ExitReason() {
		// for JPA
	}

	public ExitReason(String code, String label, ExitReasonKind kind, int position) {
		this.code = code;
		this.label = label;
		this.kind = kind;
		this.active = true;
		this.position = position;
	}

	public void change(String label, ExitReasonKind kind, boolean active) {
		this.label = label;
		this.kind = kind;
		this.active = active;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public ExitReasonKind kind() {
		return this.kind;
	}

	public boolean active() {
		return this.active;
	}

	public int position() {
		return this.position;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	public ExitReasonView toView() {
		return new ExitReasonView(this.code, this.label, this.kind, this.active, version());
	}

}
