package org.easemoberrors.processor.model;

import org.easemoberrors.processor.diagnostics.Position;

/** A string from a catalogue file with the place it was written. */
public record Text(String value, Position position) {}
