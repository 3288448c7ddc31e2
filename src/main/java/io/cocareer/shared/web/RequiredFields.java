package io.cocareer.shared.web;

import java.util.Set;

/**
 * A form whose required fields depend on who fills it (the mission: each side must write its own
 * part): the fields it requires besides those its constraints require. The controller that
 * validates the form checks the same set.
 */
public interface RequiredFields {

	Set<String> requiredFields();

}
