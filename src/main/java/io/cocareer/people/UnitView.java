package io.cocareer.people;

import java.util.UUID;

public record UnitView(UUID id, String code, String name, UUID parentId, String parentName, long headcount) {

}
