package io.cocareer.toolbox.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.programme.Commands.ChangeTrack;
import io.cocareer.toolbox.programme.ProgrammeService;
import io.cocareer.toolbox.programme.TrackKind;
import io.cocareer.toolbox.programme.Views.ProgrammeView;
import io.cocareer.toolbox.programme.Views.TrackView;

/**
 * A track's new name and kind (none sent: the kind stays, as when the form offers no choice once a
 * cohort began), and the version of the programme they are based on.
 */
public class TrackChangeForm {

	private TrackKind kind;

	@NotBlank(message = "{toolbox.programme.track.nameRequired}")
	@Size(max = ProgrammeService.MAX_NAME, message = "{toolbox.programme.validation.tooLong}")
	private String name;

	private Long version;

	static TrackChangeForm of(ProgrammeView programme, TrackView track) {
		TrackChangeForm form = new TrackChangeForm();
		form.kind = track.kind();
		form.name = track.name();
		form.version = programme.version();
		return form;
	}

	/** As the track is now (after a lost race): the user makes their change again. */
	void reset(ProgrammeView programme, TrackView track) {
		TrackChangeForm now = of(programme, track);
		this.kind = now.kind;
		this.name = now.name;
		this.version = now.version;
	}

	ChangeTrack toCommand() {
		return new ChangeTrack(this.kind, this.name);
	}

	public TrackKind getKind() {
		return this.kind;
	}

	public void setKind(TrackKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
