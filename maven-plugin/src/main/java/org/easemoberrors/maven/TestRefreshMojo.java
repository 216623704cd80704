package org.easemoberrors.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Before {@code test-compile}: the same as {@code refresh}, for an {@code @EasemobErrors} in the
 * test sources.
 */
@Mojo(
    name = "test-refresh",
    defaultPhase = LifecyclePhase.PROCESS_TEST_RESOURCES,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class TestRefreshMojo extends AbstractRefreshMojo {

  /** The compiler plugin's generatedTestSourcesDirectory, if it was changed. */
  @Parameter(defaultValue = "${project.build.directory}/generated-test-sources/test-annotations", required = true)
  private File generatedTestSourcesDirectory;

  /** The compiler plugin's testCompile outputDirectory. */
  @Parameter(defaultValue = "${project.build.testOutputDirectory}", required = true)
  private File testOutputDirectory;

  @Parameter(defaultValue = "${project.testCompileSourceRoots}", readonly = true, required = true)
  private List<String> testCompileSourceRoots;

  @Parameter(defaultValue = "${project.testClasspathElements}", readonly = true, required = true)
  private List<String> testClasspathElements;

  @Override
  File generatedSourcesDirectory() {
    return generatedTestSourcesDirectory;
  }

  @Override
  File outputDirectory() {
    return testOutputDirectory;
  }

  @Override
  List<String> sourceRoots() {
    return testCompileSourceRoots;
  }

  @Override
  List<String> classPath() {
    return testClasspathElements;
  }

  @Override
  String compilerExecutionId() {
    return "default-testCompile";
  }
}
