package org.newsgraph.actors.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** Merge the addressed actor into {@code into}, which survives. */
public record MergeRequest(@Schema(description = "The actor that survives the merge") @NotNull UUID into) {
}
