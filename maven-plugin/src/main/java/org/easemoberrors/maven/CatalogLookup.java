package org.easemoberrors.maven;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.easemoberrors.inputs.CatalogPlace;
import org.easemoberrors.inputs.ProcessorIdentity;

/**
 * Looks a catalogue name up the way the processor does inside javac, in the same order ({@link
 * CatalogPlace}): the directories of the option {@code easemob.errors.path}, the source roots, the
 * class output (where Maven's resources plugin copied {@code src/main/resources} just before) and
 * the class path, whose entries are directories or jars. What is found first is what the
 * processor would read if it ran now. The default catalogue is looked up on the processor path
 * instead (see {@link ProcessorPath}), because the processor loads it from its own jar, and so is
 * the processor itself ({@link #processorOn}).
 */
final class CatalogLookup implements Closeable {

  /** Where a name was found, and its bytes. */
  static final class Found {
    final String where;
    final byte[] bytes;

    Found(String where, byte[] bytes) {
      this.where = where;
      this.bytes = bytes;
    }
  }

  private final List<Path> sourceRoots;
  private final Path outputDirectory;
  private final List<Path> classPath;
  private final Map<Path, ZipFile> jars = new LinkedHashMap<>();

  CatalogLookup(List<Path> sourceRoots, Path outputDirectory, List<Path> classPath) {
    this.sourceRoots = new ArrayList<>(sourceRoots);
    this.outputDirectory = outputDirectory;
    this.classPath = new ArrayList<>(classPath);
  }

  /** The first file of that name, or null when none of the places has one. */
  Found find(List<Path> searchPath, String name) throws IOException {
    for (CatalogPlace place : CatalogPlace.values()) {
      Found found = switch (place) {
        case SEARCH_PATH -> inDirectories(searchPath, name);
        case SOURCE_PATH -> inDirectories(sourceRoots, name);
        case CLASS_OUTPUT -> inDirectory(outputDirectory, name);
        case CLASS_PATH -> findOn(classPath, name);
      };
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Found inDirectories(List<Path> dirs, String name) throws IOException {
    for (Path dir : dirs) {
      Found found = inDirectory(dir, name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The first file of that name in the entries (directories or jars), in order, or null. */
  Found findOn(List<Path> entries, String name) throws IOException {
    for (Path entry : entries) {
      Found found = Files.isDirectory(entry) ? inDirectory(entry, name) : inJar(entry, name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The processor found on a processor path: its jar and that jar's {@link ProcessorIdentity}. */
  record Processor(Path jar, String identity) {}

  /**
   * The processor javac would run from these entries: the first that holds its class, as the
   * processor class loader finds it. Null when no entry holds it, or when that entry is a
   * directory (a reactor module's classes), whose processor writes no identity either.
   */
  Processor processorOn(List<Path> entries) throws IOException {
    for (Path entry : entries) {
      if (Files.isDirectory(entry)) {
        if (inDirectory(entry, ProcessorIdentity.PROCESSOR_CLASS) != null) {
          return null;
        }
      } else if (inJar(entry, ProcessorIdentity.PROCESSOR_CLASS) != null) {
        return new Processor(entry, identity(entry));
      }
    }
    return null;
  }

  /** The jar's file as last seen: a jar packaged again has another time. */
  private record JarState(Path jar, long size, FileTime modified) {}

  /**
   * Identities already computed, for this plugin's class loader: Maven keeps it for the whole
   * build, so the refresh and test-refresh goals of every module hash a processor jar once.
   */
  private static final Map<JarState, String> IDENTITIES = new ConcurrentHashMap<>();

  private static String identity(Path jar) throws IOException {
    Path absolute = jar.toAbsolutePath().normalize();
    JarState state = new JarState(absolute, Files.size(absolute), Files.getLastModifiedTime(absolute));
    String known = IDENTITIES.get(state);
    if (known == null) {
      known = ProcessorIdentity.ofJar(absolute);
      IDENTITIES.put(state, known);
    }
    return known;
  }

  private static Found inDirectory(Path dir, String name) throws IOException {
    Path file;
    try {
      file = dir.resolve(name);
    } catch (InvalidPathException e) {
      return null;
    }
    return Files.isRegularFile(file) ? new Found(file.toString(), Files.readAllBytes(file)) : null;
  }

  private Found inJar(Path jar, String name) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return null;
    }
    ZipFile zip = jars.get(jar);
    if (zip == null) {
      try {
        zip = new ZipFile(jar.toFile());
      } catch (java.util.zip.ZipException e) {
        return null; // Not a jar: javac would not find the catalogue in it either.
      }
      jars.put(jar, zip);
    }
    ZipEntry entry = zip.getEntry(name);
    if (entry == null || entry.isDirectory()) {
      return null;
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return new Found(jar + "!/" + name, in.readAllBytes());
    }
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (ZipFile zip : jars.values()) {
      try {
        zip.close();
      } catch (IOException e) {
        failure = e;
      }
    }
    jars.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
