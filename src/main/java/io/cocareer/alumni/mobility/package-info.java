/**
 * Openness to external mobility (the seeds' first alumni step): the mobility policy the talent lead
 * writes and publishes in numbered versions, read by everyone who works or worked here with what
 * changed between two versions and the Right of First Conversation in plain words; and each
 * talent's confidential career horizon (none, exploring inside, exploring outside within some
 * months), seen by the talent, the talent lead and, only while the talent shares it, their manager.
 * <p>
 * Setting "exploring outside" publishes {@link io.cocareer.alumni.CareerHorizonSet} (it carries no
 * words of the talent's) and tells the talent lead. Who reads and writes what is
 * {@code internal.MobilityAccess}'s alone; administrators read none of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alumni and boomerangs: openness to mobility")
package io.cocareer.alumni.mobility;
