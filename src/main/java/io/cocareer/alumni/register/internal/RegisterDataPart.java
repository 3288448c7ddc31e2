package io.cocareer.alumni.register.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cocareer.alumni.AlumnusDataPart;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.shared.PersonId;

import org.springframework.stereotype.Component;

/**
 * The register's part of an alumnus' data download: their record (consent, tier, dates) and their
 * interactions log, offered by the register itself as every alumni module offers its own part.
 */
@Component
class RegisterDataPart implements AlumnusDataPart {

	private final AlumniRegister register;

	RegisterDataPart(AlumniRegister register) {
		this.register = register;
	}

	@Override
	public String name() {
		return "register";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Object of(PersonId personId) {
		Map<String, Object> part = new LinkedHashMap<>();
		part.put("record", this.register.record(personId).orElse(null));
		part.put("interactions", this.register.interactions(personId));
		return part;
	}

}
