package io.cocareer.toolbox.counselling.web;

import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.counselling.CounsellingService;

/** The agenda of a session not yet held, and the version read. */
public class AgendaForm {

	@Size(max = CounsellingService.MAX_AGENDA, message = "{toolbox.counselling.validation.tooLong}")
	private String agenda;

	private Long version;

	public String getAgenda() {
		return this.agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
