/** TEMPORARY stub of alumni.register's API (common.md), replaced by the real module on merge. */
@org.springframework.modulith.ApplicationModule(displayName = "Alumni and boomerangs: register (stub)")
package io.cocareer.alumni.register;
