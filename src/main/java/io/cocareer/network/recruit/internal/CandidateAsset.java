package io.cocareer.network.recruit.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.network.recruit.AssetKind;
import io.cocareer.network.recruit.SaveAsset;

/** A community, organisation, arena or domain a candidate connects to. */
@Entity
@Table(name = "network_candidate_asset")
public class CandidateAsset {

	@Id
	private UUID id;

	private UUID candidateId;

	@Enumerated(EnumType.STRING)
	private AssetKind kind;

	private String name;

	/** The name as assets are compared: one asset of a kind and name per candidate. */
	private String nameKey;

	private String description;

	private Instant createdAt;

	protected CandidateAsset() {
		// for JPA
	}

	public CandidateAsset(UUID candidateId, SaveAsset details, Instant now) {
		this.id = UUID.randomUUID();
		this.candidateId = candidateId;
		this.kind = details.kind();
		this.name = details.name();
		this.nameKey = keyOf(details.name());
		this.description = details.description();
		this.createdAt = now;
	}

	/** Trimmed, inner spaces single, lower case: "Data  Guild NL " is "data guild nl". */
	public static String keyOf(String name) {
		return (name == null) ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	public UUID id() {
		return this.id;
	}

	public UUID candidateId() {
		return this.candidateId;
	}

	public AssetKind kind() {
		return this.kind;
	}

	public String name() {
		return this.name;
	}

	public String nameKey() {
		return this.nameKey;
	}

	public String description() {
		return this.description;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
