package io.cocareer.network.map.web;

import jakarta.validation.constraints.NotNull;

import io.cocareer.network.ShareAudience;
import io.cocareer.network.ShareScope;

/** Whom the talent shares their network with, and how much of it. */
public class ShareForm {

	@NotNull(message = "{network.share.audienceRequired}")
	private ShareAudience audience;

	@NotNull(message = "{network.share.scopeRequired}")
	private ShareScope scope = ShareScope.HEALTH;

	public ShareAudience getAudience() {
		return this.audience;
	}

	public void setAudience(ShareAudience audience) {
		this.audience = audience;
	}

	public ShareScope getScope() {
		return this.scope;
	}

	public void setScope(ShareScope scope) {
		this.scope = scope;
	}

}
