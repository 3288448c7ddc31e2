package io.cocareer.alumni.conversation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.conversation.ConversationView;
import io.cocareer.alumni.conversation.ExitConversationService;
import io.cocareer.alumni.conversation.HolderKind;
import io.cocareer.alumni.conversation.Intention;
import io.cocareer.alumni.conversation.UpdateConversation;

/** A conversation as its holder saves it: the day, and once held what was said. */
public class RecordForm {

	private LocalDate scheduledOn;

	private HolderKind holder;

	private LocalDate heldOn;

	private Intention intention;

	@Min(value = 0, message = "{alumni.conversation.horizon.range}")
	@Max(value = ExitConversationService.MAX_HORIZON_MONTHS, message = "{alumni.conversation.horizon.range}")
	private Integer horizonMonths;

	@Size(max = ExitConversationService.MAX_SECTION, message = "{alumni.conversation.validation.tooLong}")
	private String collaborations;

	@Size(max = ExitConversationService.MAX_SECTION, message = "{alumni.conversation.validation.tooLong}")
	private String referrals;

	@Size(max = ExitConversationService.MAX_SECTION, message = "{alumni.conversation.validation.tooLong}")
	private String clientRelationships;

	@Size(max = ExitConversationService.MAX_SECTION, message = "{alumni.conversation.validation.tooLong}")
	private String knowledgeTransfer;

	private Long version;

	static RecordForm of(ConversationView conversation) {
		RecordForm form = new RecordForm();
		form.scheduledOn = conversation.scheduledOn();
		form.holder = conversation.holderKind();
		form.heldOn = conversation.heldOn();
		form.intention = conversation.intention();
		form.horizonMonths = conversation.horizonMonths();
		form.collaborations = conversation.collaborations();
		form.referrals = conversation.referrals();
		form.clientRelationships = conversation.clientRelationships();
		form.knowledgeTransfer = conversation.knowledgeTransfer();
		form.version = conversation.version();
		return form;
	}

	UpdateConversation toCommand() {
		return new UpdateConversation(this.scheduledOn, this.holder, this.heldOn, this.intention, this.horizonMonths,
				this.collaborations, this.referrals, this.clientRelationships, this.knowledgeTransfer);
	}

	public LocalDate getScheduledOn() {
		return this.scheduledOn;
	}

	public void setScheduledOn(LocalDate scheduledOn) {
		this.scheduledOn = scheduledOn;
	}

	public HolderKind getHolder() {
		return this.holder;
	}

	public void setHolder(HolderKind holder) {
		this.holder = holder;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Intention getIntention() {
		return this.intention;
	}

	public void setIntention(Intention intention) {
		this.intention = intention;
	}

	public Integer getHorizonMonths() {
		return this.horizonMonths;
	}

	public void setHorizonMonths(Integer horizonMonths) {
		this.horizonMonths = horizonMonths;
	}

	public String getCollaborations() {
		return this.collaborations;
	}

	public void setCollaborations(String collaborations) {
		this.collaborations = collaborations;
	}

	public String getReferrals() {
		return this.referrals;
	}

	public void setReferrals(String referrals) {
		this.referrals = referrals;
	}

	public String getClientRelationships() {
		return this.clientRelationships;
	}

	public void setClientRelationships(String clientRelationships) {
		this.clientRelationships = clientRelationships;
	}

	public String getKnowledgeTransfer() {
		return this.knowledgeTransfer;
	}

	public void setKnowledgeTransfer(String knowledgeTransfer) {
		this.knowledgeTransfer = knowledgeTransfer;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
