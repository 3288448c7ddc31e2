package io.cocareer.alumni.portal.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.CollaborationKind;
import io.cocareer.alumni.portal.AlumniPostService;
import io.cocareer.alumni.portal.PostKind;
import io.cocareer.alumni.portal.PostView;
import io.cocareer.alumni.portal.SavePost;

/** A post as the talent lead fills it in. */
public class PostForm {

	@NotNull(message = "{alumni.portal.post.kindRequired}")
	private PostKind kind;

	private CollaborationKind collaborationKind;

	@NotBlank(message = "{alumni.portal.post.titleRequired}")
	@Size(max = AlumniPostService.MAX_TITLE, message = "{alumni.portal.tooLong}")
	private String title;

	@NotBlank(message = "{alumni.portal.post.bodyRequired}")
	@Size(max = AlumniPostService.MAX_BODY, message = "{alumni.portal.tooLong}")
	private String body;

	private UUID workPackageId;

	private LocalDate closesOn;

	private Long version;

	static PostForm of(PostView post) {
		PostForm form = new PostForm();
		form.kind = post.kind();
		form.collaborationKind = post.collaborationKind();
		form.title = post.title();
		form.body = post.body();
		form.workPackageId = post.workPackageId();
		form.closesOn = post.closesOn();
		form.version = post.version();
		return form;
	}

	SavePost toCommand() {
		return new SavePost(this.kind, this.collaborationKind, this.title, this.body, this.workPackageId, this.closesOn);
	}

	public PostKind getKind() {
		return this.kind;
	}

	public void setKind(PostKind kind) {
		this.kind = kind;
	}

	public CollaborationKind getCollaborationKind() {
		return this.collaborationKind;
	}

	public void setCollaborationKind(CollaborationKind collaborationKind) {
		this.collaborationKind = collaborationKind;
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

	public UUID getWorkPackageId() {
		return this.workPackageId;
	}

	public void setWorkPackageId(UUID workPackageId) {
		this.workPackageId = workPackageId;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public void setClosesOn(LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
