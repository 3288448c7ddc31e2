/**
 * A talent's own map: the developers, which of them know each other, the developers they still
 * want, and the map's health ({@link io.cocareer.network.health}). Every call works on the
 * signed-in talent's own map ({@code internal.MapAccess}); nothing here reads anyone else's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Developmental networks: my map")
package io.cocareer.network.map;
