package io.cocareer.network.introduction.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.network.introduction.BrokerKind;
import io.cocareer.network.introduction.IntroductionService;
import io.cocareer.network.introduction.TargetKind;

/** The form that asks for an introduction: whom, why, and whom the talent asks to broker it. */
public class AskForm {

	@NotNull(message = "{network.introduction.targetKindRequired}")
	private TargetKind targetKind = TargetKind.PERSON;

	@Size(max = 40, message = "{network.introduction.textTooLong}")
	private String targetEmployeeId;

	@Size(max = IntroductionService.MAX_NAME, message = "{network.introduction.textTooLong}")
	private String targetName;

	@Size(max = IntroductionService.MAX_NAME, message = "{network.introduction.textTooLong}")
	private String targetOrganisation;

	@NotBlank(message = "{network.introduction.purposeRequired}")
	@Size(max = IntroductionService.MAX_TEXT, message = "{network.introduction.textTooLong}")
	private String purpose;

	private UUID gapId;

	@NotNull(message = "{network.introduction.brokerRequired}")
	private BrokerKind broker;

	@Size(max = 40, message = "{network.introduction.textTooLong}")
	private String brokerEmployeeId;

	public TargetKind getTargetKind() {
		return this.targetKind;
	}

	public void setTargetKind(TargetKind targetKind) {
		this.targetKind = targetKind;
	}

	public String getTargetEmployeeId() {
		return this.targetEmployeeId;
	}

	public void setTargetEmployeeId(String targetEmployeeId) {
		this.targetEmployeeId = targetEmployeeId;
	}

	public String getTargetName() {
		return this.targetName;
	}

	public void setTargetName(String targetName) {
		this.targetName = targetName;
	}

	public String getTargetOrganisation() {
		return this.targetOrganisation;
	}

	public void setTargetOrganisation(String targetOrganisation) {
		this.targetOrganisation = targetOrganisation;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public UUID getGapId() {
		return this.gapId;
	}

	public void setGapId(UUID gapId) {
		this.gapId = gapId;
	}

	public BrokerKind getBroker() {
		return this.broker;
	}

	public void setBroker(BrokerKind broker) {
		this.broker = broker;
	}

	public String getBrokerEmployeeId() {
		return this.brokerEmployeeId;
	}

	public void setBrokerEmployeeId(String brokerEmployeeId) {
		this.brokerEmployeeId = brokerEmployeeId;
	}

}
