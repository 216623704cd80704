package org.easemoberrors.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.easemoberrors.inputs.InputRecord;
import org.eclipse.aether.RepositorySystem;

/**
 * Finds the records the processor left beside its generated sources, looks every catalogue they
 * name up again, and deletes the class file of each package whose catalogues changed: Maven's
 * compiler plugin then sees a source without its class, recompiles the module, and so runs the
 * processor again. Classes generated for entries that are gone are deleted by that recompilation
 * (the compiler plugin's incremental mode, its default, removes the classes of the previous one).
 * The default catalogue is compared with the one on the compiler's processor path ({@link
 * ProcessorPath}), and the processor that generated the code with the one on that path: a new
 * processor generates other code from the same catalogues.
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

  /** The compiler plugin's execution whose processor path is read: default-compile or default-testCompile. */
  abstract String compilerExecutionId();

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /** Injected by Maven (JSR-330, which maven-plugin-annotations' deprecated @Component gives way to). */
  @Inject
  private RepositorySystem repositorySystem;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("easemob-errors: skipped");
      return;
    }
    Path output = outputDirectory().toPath();
    List<Path> files;
    try {
      files = InputRecord.find(generatedSourcesDirectory().toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot list " + generatedSourcesDirectory() + ": " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      getLog().debug("easemob-errors: no catalogue record under " + generatedSourcesDirectory());
      return;
    }
    Map<Path, InputRecord> records = new LinkedHashMap<>();
    for (Path file : files) {
      try {
        records.put(file, InputRecord.read(file));
      } catch (IOException e) {
        // Written by another version of the processor: say so rather than recompile every time.
        getLog().warn("easemob-errors: " + e.getMessage() + "; use the plugin of the processor's version");
      }
    }
    int stale = 0;
    List<Path> classPath = paths(classPath());
    try (CatalogLookup lookup = new CatalogLookup(paths(sourceRoots()), output, classPath)) {
      boolean onProcessorPath = records.values().stream().anyMatch(r -> r.defaultCatalog() != null || r.processor() != null);
      List<Path> processorPath = onProcessorPath ? processorPath(lookup, classPath) : null;
      for (Map.Entry<Path, InputRecord> e : records.entrySet()) {
        InputRecord record = e.getValue();
        String reason = Staleness.reason(e.getKey(), record, lookup, processorPath);
        if (reason != null) {
          stale++;
          Path classFile = output.resolve(record.classFile());
          Files.deleteIfExists(classFile);
          getLog().info("easemob-errors: " + reason + ": deleted " + record.classFile() + " so that it is compiled again");
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("easemob-errors: cannot check the catalogues: " + e.getMessage(), e);
    }
    if (stale == 0) {
      getLog().info("easemob-errors: catalogues unchanged (" + files.size() + (files.size() == 1 ? " package)" : " packages)"));
    }
  }

  /**
   * Where the processor and its default catalogue would be loaded from if the processor ran now,
   * or null, with a warning, when that cannot be told: they are then not compared, rather than
   * seen as changed on every build. The compiler would fail on a processor path it cannot resolve.
   * A path without the default catalogue has no processor jar either: the catalogue is in it.
   */
  private List<Path> processorPath(CatalogLookup lookup, List<Path> classPath) throws IOException {
    List<Path> path;
    try {
      path = ProcessorPath.resolve(project, repositorySystem, session.getRepositorySession(), compilerExecutionId(), classPath);
    } catch (MojoExecutionException | RuntimeException e) {
      getLog().warn("easemob-errors: cannot tell whether the processor or its default catalogue changed: " + e.getMessage());
      return null;
    }
    if (lookup.findOn(path, InputRecord.DEFAULT_RESOURCE) == null) {
      getLog().warn("easemob-errors: cannot tell whether the processor or its default catalogue changed: no "
          + InputRecord.DEFAULT_RESOURCE + " on the processor path " + path);
      return null;
    }
    return path;
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
