/**
 * Shared kernel: error types every module throws, the acting user ({@link io.cocareer.shared.Actor}),
 * paging, the clock, and web plumbing (problem+json for the API, error pages for the UI).
 * <p>
 * Open module: every other module may use it; it depends on none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.cocareer.shared;
