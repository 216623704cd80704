package org.easemoberrors.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Finds the records the processor left beside its generated sources, looks every catalogue they
 * name up again, and deletes the class file of each package whose catalogues changed: Maven's
 * compiler plugin then sees a source without its class, recompiles the module, and so runs the
 * processor again. Classes generated for entries that are gone are deleted by that recompilation
 * (the compiler plugin's incremental mode, its default, removes the classes of the previous one).
 */
abstract class AbstractRefreshMojo extends AbstractMojo {

  /** Skips the check. */
  @Parameter(property = "easemob.errors.skip", defaultValue = "false")
  private boolean skip;

  /** Where the processor's sources go: the compiler plugin's generatedSourcesDirectory. */
  abstract File generatedSourcesDirectory();

  /** The compiler plugin's output directory. */
  abstract File outputDirectory();

  abstract List<String> sourceRoots();

  abstract List<String> classPath();

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("easemob-errors: skipped");
      return;
    }
    Path output = outputDirectory().toPath();
    List<Path> records;
    try {
      records = InputRecord.find(generatedSourcesDirectory().toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot list " + generatedSourcesDirectory() + ": " + e.getMessage(), e);
    }
    if (records.isEmpty()) {
      getLog().debug("easemob-errors: no catalogue record under " + generatedSourcesDirectory());
      return;
    }
    int stale = 0;
    try (CatalogLookup lookup = new CatalogLookup(paths(sourceRoots()), output, paths(classPath()))) {
      for (Path file : records) {
        InputRecord record;
        try {
          record = InputRecord.read(file);
        } catch (IOException e) {
          // Written by another version of the processor: say so rather than recompile every time.
          getLog().warn("easemob-errors: " + e.getMessage() + "; use the plugin of the processor's version");
          continue;
        }
        String reason = Staleness.reason(record, lookup);
        if (reason != null) {
          stale++;
          Path classFile = output.resolve(record.classFile);
          Files.deleteIfExists(classFile);
          getLog().info("easemob-errors: " + reason + ": deleted " + record.classFile + " so that it is compiled again");
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("easemob-errors: cannot check the catalogues: " + e.getMessage(), e);
    }
    if (stale == 0) {
      getLog().info("easemob-errors: catalogues unchanged (" + records.size() + (records.size() == 1 ? " package)" : " packages)"));
    }
  }

  private static List<Path> paths(List<String> names) {
    List<Path> paths = new ArrayList<>();
    if (names != null) {
      for (String name : names) {
        paths.add(new File(name).toPath());
      }
    }
    return paths;
  }
}
