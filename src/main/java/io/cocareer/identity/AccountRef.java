package io.cocareer.identity;

import java.util.UUID;

/** An account and the person it belongs to ({@code null} for an account of nobody, such as IT's). */
public record AccountRef(UUID accountId, UUID personId) {

}
