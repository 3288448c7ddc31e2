package io.cocareer.alumni.portal.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.ContactConsent;

/** The alumnus' consent as they change it: an email, at least one channel, a cadence. */
public class ConsentForm {

	@NotBlank(message = "{alumni.register.consent.email}")
	@Email(message = "{alumni.register.consent.email}")
	@Size(max = 254, message = "{alumni.portal.tooLong}")
	private String email;

	@NotEmpty(message = "{alumni.register.consent.channel}")
	private Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);

	@NotNull(message = "{alumni.register.consent.cadence}")
	private ContactCadence cadence;

	static ConsentForm of(ContactConsent consent) {
		ConsentForm form = new ConsentForm();
		if (consent != null) {
			form.email = consent.email();
			form.channels = consent.channels().isEmpty() ? EnumSet.noneOf(ContactChannel.class)
					: EnumSet.copyOf(consent.channels());
			form.cadence = consent.cadence();
		}
		return form;
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
		this.channels = channels;
	}

	public ContactCadence getCadence() {
		return this.cadence;
	}

	public void setCadence(ContactCadence cadence) {
		this.cadence = cadence;
	}

}
