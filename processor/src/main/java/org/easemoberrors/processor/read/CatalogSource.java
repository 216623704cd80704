package org.easemoberrors.processor.read;

import java.nio.file.Path;

/**
 * The bytes of one catalogue file and where they came from.
 *
 * @param displayName how diagnostics name the file: its path when it is a file, else its resource
 *     name
 * @param path the file on disk, or null for one inside a jar (such as the default catalogue)
 */
public record CatalogSource(String displayName, byte[] bytes, Path path) {}
