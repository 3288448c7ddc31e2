package io.cocareer.alumni.mobility.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.mobility.MobilityPolicyService;
import io.cocareer.alumni.mobility.PolicyVersionView;
import io.cocareer.alumni.mobility.PublishPolicy;

/** A new version of the mobility policy as the talent lead writes it, from the version in force. */
public class PolicyForm {

	@NotBlank(message = "{alumni.mobility.policy.titleRequired}")
	@Size(max = MobilityPolicyService.MAX_TITLE, message = "{alumni.mobility.validation.tooLong}")
	private String title;

	@NotBlank(message = "{alumni.mobility.policy.bodyRequired}")
	@Size(max = MobilityPolicyService.MAX_BODY, message = "{alumni.mobility.validation.tooLong}")
	private String body;

	@Size(max = MobilityPolicyService.MAX_WHAT_CHANGED, message = "{alumni.mobility.validation.tooLong}")
	private String whatChanged;

	private Integer baseVersion;

	static PolicyForm of(PolicyVersionView current) {
		PolicyForm form = new PolicyForm();
		if (current != null) {
			form.title = current.title();
			form.body = current.body();
			form.baseVersion = current.number();
		}
		else {
			form.baseVersion = 0;
		}
		return form;
	}

	PublishPolicy toCommand() {
		return new PublishPolicy(this.title, this.body, this.whatChanged, this.baseVersion);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getWhatChanged() {
		return this.whatChanged;
	}

	public void setWhatChanged(String whatChanged) {
		this.whatChanged = whatChanged;
	}

	public Integer getBaseVersion() {
		return this.baseVersion;
	}

	public void setBaseVersion(Integer baseVersion) {
		this.baseVersion = baseVersion;
	}

}
