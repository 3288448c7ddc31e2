package io.cocareer.toolbox.counselling.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.counselling.CounsellingService;

/** A session to ask for: the talent (by employee id; the talent lead and counsellors only), the counsellor, the topic, the agenda. */
public class RequestForm {

	private String talent;

	@NotBlank(message = "{toolbox.counselling.counsellor.required}")
	private String counsellor;

	@NotBlank(message = "{toolbox.counselling.topic.required}")
	@Size(max = CounsellingService.MAX_TOPIC, message = "{toolbox.counselling.validation.tooLong}")
	private String topic;

	@Size(max = CounsellingService.MAX_AGENDA, message = "{toolbox.counselling.validation.tooLong}")
	private String agenda;

	public String getTalent() {
		return this.talent;
	}

	public void setTalent(String talent) {
		this.talent = talent;
	}

	public String getCounsellor() {
		return this.counsellor;
	}

	public void setCounsellor(String counsellor) {
		this.counsellor = counsellor;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getAgenda() {
		return this.agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

}
