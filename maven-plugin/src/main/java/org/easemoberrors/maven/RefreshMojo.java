package org.easemoberrors.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Before {@code compile}: when a catalogue file the easemob-errors processor read for the main
 * sources has changed or is gone, makes the compiler plugin compile the module again, so that the
 * generated code follows the catalogue without a clean build. Runs after the resources plugin has
 * copied {@code src/main/resources}, so an edit there is seen.
 */
@Mojo(
    name = "refresh",
    defaultPhase = LifecyclePhase.PROCESS_RESOURCES,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class RefreshMojo extends AbstractRefreshMojo {

  /** The compiler plugin's generatedSourcesDirectory, if it was changed. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations", required = true)
  private File generatedSourcesDirectory;

  /** The compiler plugin's outputDirectory. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File outputDirectory;

  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
  private List<String> compileSourceRoots;

  @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
  private List<String> classpathElements;

  @Override
  File generatedSourcesDirectory() {
    return generatedSourcesDirectory;
  }

  @Override
  File outputDirectory() {
    return outputDirectory;
  }

  @Override
  List<String> sourceRoots() {
    return compileSourceRoots;
  }

  @Override
  List<String> classPath() {
    return classpathElements;
  }

  @Override
  String compilerExecutionId() {
    return "default-compile";
  }
}
