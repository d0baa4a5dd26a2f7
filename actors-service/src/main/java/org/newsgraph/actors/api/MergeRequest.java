package org.newsgraph.actors.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Merge the addressed actor into {@code into}, which survives. */
public record MergeRequest(@NotNull UUID into) {
}
