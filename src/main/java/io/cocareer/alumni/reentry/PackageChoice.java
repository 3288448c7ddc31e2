package io.cocareer.alumni.reentry;

import java.util.UUID;

/** An open work package of the catalogue a first tour may be proposed from. */
public record PackageChoice(UUID id, String title, String unitName) {

}
