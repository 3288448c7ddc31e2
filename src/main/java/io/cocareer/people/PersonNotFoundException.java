package io.cocareer.people;

import java.util.UUID;

import io.cocareer.shared.NotFoundException;

public class PersonNotFoundException extends NotFoundException {

	public PersonNotFoundException(UUID id) {
		super("people.notFound", "Person %s not found".formatted(id), id);
	}

}
