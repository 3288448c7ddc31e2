/**
 * The network module's part of the demo: maps for Tara and other talents of the pool, written
 * through {@link io.cocareer.network.NetworkService} as each talent, dated relative to today.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Developmental networks: demo")
package io.cocareer.network.demo;
