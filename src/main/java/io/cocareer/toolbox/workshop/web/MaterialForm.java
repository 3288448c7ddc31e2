package io.cocareer.toolbox.workshop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.workshop.AddMaterial;
import io.cocareer.toolbox.workshop.WorkshopService;

/** Something to share with the enrolled: a title and a link or a text. */
public class MaterialForm {

	@NotBlank(message = "{toolbox.workshop.material.titleRequired}")
	@Size(max = WorkshopService.MAX_TITLE, message = "{toolbox.workshop.validation.tooLong}")
	private String title;

	@Size(max = WorkshopService.MAX_LINK, message = "{toolbox.workshop.validation.tooLong}")
	private String link;

	@Size(max = WorkshopService.MAX_DESCRIPTION, message = "{toolbox.workshop.validation.tooLong}")
	private String body;

	AddMaterial toCommand() {
		return new AddMaterial(this.title, this.link, this.body);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
