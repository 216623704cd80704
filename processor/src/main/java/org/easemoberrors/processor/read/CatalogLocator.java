package org.easemoberrors.processor.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.easemoberrors.inputs.CatalogPlace;
import org.easemoberrors.inputs.InputRecord;

/**
 * Finds a catalogue file named in {@code @EasemobErrors(catalog = ...)}: in the directories of the
 * processor option {@code easemob.errors.path}, then on the source path, in the class output
 * (where Maven copies {@code src/main/resources}) and on the class path: the order of {@link
 * CatalogPlace}, which the Maven plugin follows too.
 */
public final class CatalogLocator {

  /**
   * The result of a search: the file, or every place that was looked in.
   *
   * @param tooLarge set instead of {@code source} when the file found is over {@link
   *     CatalogReader#MAX_BYTES}: it is not read
   * @param workingDirectory set instead of {@code source} to the file found when it was found only
   *     because the class path holds the directory the build was started in (an empty entry, as
   *     Maven's compiler plugin writes at the end): started elsewhere, the build would not find it
   * @param near when nothing was found, the names to write for files of a near name beside the
   *     places looked in ({@code x.yml} for {@code x.yaml}, or a misspelling), in the order looked
   */
  public record Result(
      CatalogSource source, List<String> looked, IOException failure, TooLarge tooLarge, Path workingDirectory,
      List<String> near) {
    Result(CatalogSource source, List<String> looked, IOException failure) {
      this(source, looked, failure, null, null, List.of());
    }

    Result(List<String> looked, TooLarge tooLarge) {
      this(null, looked, null, tooLarge, null, List.of());
    }
  }

  /**
   * A file found but over the size limit.
   *
   * @param bytes its size, or -1 when it is read from a stream of unknown length (then it has at
   *     least one byte more than the limit)
   */
  public record TooLarge(String displayName, long bytes) {}

  /** The default catalogue, inside the processor's own jar. */
  public static final String DEFAULT_RESOURCE = InputRecord.DEFAULT_RESOURCE;

  /** The places after the option's directories, in {@link CatalogPlace}'s order. */
  private static final List<StandardLocation> LOCATIONS =
      java.util.Arrays.stream(CatalogPlace.values()).filter(p -> p != CatalogPlace.SEARCH_PATH).map(CatalogLocator::location).toList();

  private final Filer filer;
  private final List<Path> searchPath;

  public CatalogLocator(Filer filer, List<Path> searchPath) {
    this.filer = filer;
    this.searchPath = List.copyOf(searchPath);
  }

  /** Parses the option value: directories separated by the platform's path separator. */
  public static List<Path> parseSearchPath(String option) {
    List<Path> dirs = new ArrayList<>();
    if (option != null) {
      for (String part : option.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
        if (!part.isBlank()) {
          try {
            dirs.add(Path.of(part.trim()));
          } catch (InvalidPathException e) {
            // Not a usable directory: it simply holds nothing.
          }
        }
      }
    }
    return dirs;
  }

  public Result find(String name) {
    List<String> looked = new ArrayList<>();
    java.util.Set<String> near = new java.util.LinkedHashSet<>();
    String relative = name.startsWith("/") ? name.substring(1) : name;
    for (Path dir : searchPath) {
      Path candidate;
      try {
        candidate = dir.resolve(relative);
      } catch (InvalidPathException e) {
        looked.add(dir + " (" + CatalogPlace.SEARCH_PATH.description() + "): not a valid file name");
        continue;
      }
      looked.add(candidate + " (" + CatalogPlace.SEARCH_PATH.description() + ")");
      if (!Files.isRegularFile(candidate)) {
        nearNames(candidate, relative, near);
      } else {
        try {
          long size = Files.size(candidate);
          if (size > CatalogReader.MAX_BYTES) {
            return new Result(looked, new TooLarge(candidate.toString(), size));
          }
          byte[] bytes;
          try (InputStream in = Files.newInputStream(candidate)) {
            bytes = in.readNBytes(CatalogReader.MAX_BYTES + 1);
          }
          if (bytes.length > CatalogReader.MAX_BYTES) {
            return new Result(looked, new TooLarge(candidate.toString(), -1));
          }
          return new Result(new CatalogSource(candidate.toString(), bytes, candidate.toAbsolutePath()), looked, null);
        } catch (IOException e) {
          return new Result(null, looked, e);
        }
      }
    }
    for (StandardLocation location : LOCATIONS) {
      FileObject file;
      try {
        file = filer.getResource(location, "", relative);
      } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
        // javac looked and found no such file there (it does not say in which directories).
        looked.add(describe(location) + ": no file " + relative);
        continue;
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        looked.add(describe(location) + ": not available to this compiler");
        continue;
      }
      String where = file.toUri().toString();
      Path path = pathOf(file);
      looked.add((path != null ? path.toString() : where) + " (" + describe(location) + ")");
      if (path != null && !Files.isRegularFile(path)) {
        nearNames(path, relative, near);
        continue;
      }
      if (path != null && location != StandardLocation.CLASS_OUTPUT && inWorkingDirectory(path, relative)) {
        return new Result(null, looked, null, null, path, List.of());
      }
      try {
        if (path != null && Files.size(path) > CatalogReader.MAX_BYTES) {
          return new Result(looked, new TooLarge(path.toString(), Files.size(path)));
        }
        byte[] bytes;
        // Read one byte more than the limit at most, whatever the stream is: a file that grew, or
        // an entry of a jar, whose size is not known before it is read.
        try (InputStream in = file.openInputStream()) {
          bytes = in.readNBytes(CatalogReader.MAX_BYTES + 1);
        }
        if (bytes.length > CatalogReader.MAX_BYTES) {
          return new Result(looked, new TooLarge(path != null ? path.toString() : where, -1));
        }
        String shown = path != null ? editedFile(location, path, relative, bytes).toString() : where;
        return new Result(new CatalogSource(shown, bytes, path), looked, null);
      } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
        // Not in this location.
      } catch (IOException e) {
        return new Result(null, looked, e);
      }
    }
    return new Result(null, looked, null, null, null, List.copyOf(near));
  }

  /**
   * Adds to {@code near} the names to write for the files beside a missing one whose names are
   * close to its name: the other of {@code .yaml} and {@code .yml}, or a misspelling.
   */
  static void nearNames(Path missing, String relative, java.util.Set<String> near) {
    Path dir = missing.getParent();
    Path fileName = missing.getFileName();
    if (dir == null || fileName == null || !Files.isDirectory(dir)) {
      return;
    }
    String wanted = fileName.toString();
    String prefix = relative.substring(0, relative.length() - Math.min(relative.length(), wanted.length()));
    List<String> names = new ArrayList<>();
    try (var files = Files.list(dir)) {
      files.limit(10_000).filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().forEach(names::add);
    } catch (IOException | RuntimeException e) {
      return;
    }
    String swapped = swapExtension(wanted);
    if (swapped != null && names.contains(swapped)) {
      near.add(prefix + swapped);
      return;
    }
    org.easemoberrors.processor.diagnostics.Suggestions.nearest(wanted, names.stream().filter(n -> n.endsWith(".yaml") || n.endsWith(".yml")).toList())
        .ifPresent(n -> near.add(prefix + n));
  }

  /** {@code x.yml} for {@code x.yaml} and the other way round; null for any other name. */
  private static String swapExtension(String name) {
    if (name.endsWith(".yaml")) {
      return name.substring(0, name.length() - 5) + ".yml";
    }
    if (name.endsWith(".yml")) {
      return name.substring(0, name.length() - 4) + ".yaml";
    }
    return null;
  }

  /**
   * Whether the file is the name resolved against the working directory: javac found it there
   * because the working directory is on its path, which depends on where the build was started.
   */
  static boolean inWorkingDirectory(Path found, String relative) {
    try {
      Path working = Path.of("").toAbsolutePath().normalize();
      return found.toAbsolutePath().normalize().equals(working.resolve(relative).normalize());
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A name to write instead of one found in the working directory, or null. */
  public static String resourceName(String name) {
    String relative = name.replace('\\', '/');
    for (String root : List.of("src/main/resources/", "src/test/resources/")) {
      int at = relative.lastIndexOf(root);
      if (at >= 0 && at + root.length() < relative.length()) {
        return relative.substring(at + root.length());
      }
    }
    return null;
  }

  /** Reads the default catalogue from the processor's own class path. */
  public static CatalogSource defaultCatalog() throws IOException {
    try (InputStream in = CatalogLocator.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IOException("the default catalogue " + DEFAULT_RESOURCE + " is missing from the processor's jar");
      }
      return new CatalogSource("easemob-errors.yaml (default catalogue)", in.readAllBytes(), null);
    }
  }

  /**
   * The file a user edits for one found in the class output: Maven copies {@code
   * src/main/resources} to {@code target/classes}, and a message should point at the original.
   * The copy itself when no original with the same bytes is found.
   */
  static Path editedFile(StandardLocation location, Path found, String relative, byte[] bytes) {
    if (location != StandardLocation.CLASS_OUTPUT) {
      return found;
    }
    try {
      Path root = found;
      for (int i = 0; i < Path.of(relative).getNameCount(); i++) {
        root = root.getParent();
      }
      if (root == null || root.getParent() == null || root.getParent().getParent() == null) {
        return found;
      }
      Path original = root.getParent().getParent().resolve("src/main/resources").resolve(relative);
      if (Files.isRegularFile(original) && Files.size(original) == bytes.length
          && java.util.Arrays.equals(Files.readAllBytes(original), bytes)) {
        return original;
      }
    } catch (IOException | RuntimeException e) {
      // Keep the copy's name.
    }
    return found;
  }

  private static Path pathOf(FileObject file) {
    try {
      java.net.URI uri = file.toUri();
      return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static StandardLocation location(CatalogPlace place) {
    return switch (place) {
      case SOURCE_PATH -> StandardLocation.SOURCE_PATH;
      case CLASS_OUTPUT -> StandardLocation.CLASS_OUTPUT;
      case CLASS_PATH -> StandardLocation.CLASS_PATH;
      case SEARCH_PATH -> throw new IllegalArgumentException("the option's directories are no location of the Filer");
    };
  }

  private static String describe(StandardLocation location) {
    return switch (location) {
      case SOURCE_PATH -> CatalogPlace.SOURCE_PATH.description();
      case CLASS_OUTPUT -> CatalogPlace.CLASS_OUTPUT.description();
      case CLASS_PATH -> CatalogPlace.CLASS_PATH.description();
      default -> location.getName();
    };
  }
}
