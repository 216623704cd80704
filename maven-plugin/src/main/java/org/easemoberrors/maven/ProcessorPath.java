package org.easemoberrors.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.RepositoryUtils;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Exclusion;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.ArtifactTypeRegistry;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The processor path javac gets from Maven's compiler plugin for one of its executions, resolved
 * the way that plugin resolves it, so that the default catalogue is looked up where the processor
 * would load it if it ran now.
 *
 * <p>The default catalogue is a resource of the processor jar, and which jar the compiler runs is
 * what its {@code annotationProcessorPaths} name. Reading that configuration from the project and
 * resolving it through the build's own repository session (the same request the compiler plugin
 * makes: the paths as dependencies with their transitive ones, in order) finds the very jar javac
 * will load: a processor of another version than this plugin, the one in the local repository, or,
 * in a reactor build, the jar the processor module packaged a moment before. Reading a copy of the
 * catalogue from this plugin's own class path would have been simpler, but right only while the
 * plugin and the processor have the same version; when they differ it would miss a change or see one
 * on every build. Without {@code annotationProcessorPaths}, javac loads processors from the class
 * path (with {@code -proc:full} on JDK 23 and later), so that is the path then.
 */
final class ProcessorPath {

  static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";

  private ProcessorPath() {}

  /**
   * The entries javac loads processors from for the compiler execution {@code executionId}, in
   * order: the resolved {@code annotationProcessorPaths}, or {@code classPath} when none are set.
   */
  static List<Path> resolve(
      MavenProject project, RepositorySystem system, RepositorySystemSession session, String executionId, List<Path> classPath)
      throws MojoExecutionException {
    Xpp3Dom configuration = configuration(project.getPlugin(COMPILER_PLUGIN), executionId);
    List<Dependency> paths = configured(configuration);
    if (paths == null) {
      return classPath;
    }
    List<Dependency> managed = project.getDependencyManagement() == null ? List.of() : project.getDependencyManagement().getDependencies();
    ArtifactTypeRegistry types = session.getArtifactTypeRegistry();
    List<org.eclipse.aether.graph.Dependency> dependencies = new ArrayList<>();
    for (Dependency path : paths) {
      if (path.getVersion() == null) {
        // As the compiler plugin does: a path without a version takes the managed one.
        path.setVersion(managed.stream()
            .filter(d -> d.getManagementKey().equals(path.getManagementKey()))
            .map(Dependency::getVersion)
            .findFirst()
            .orElseThrow(() -> new MojoExecutionException("no version for the annotation processor path " + path.getManagementKey())));
      }
      if (path.getVersion().contains("${")) {
        throw new MojoExecutionException("the annotation processor path " + path.getManagementKey() + " has the version " + path.getVersion());
      }
      dependencies.add(RepositoryUtils.toDependency(path, types));
    }
    List<org.eclipse.aether.graph.Dependency> managedDependencies = new ArrayList<>();
    if (configuration != null && "true".equals(value(configuration, "annotationProcessorPathsUseDepMgmt"))) {
      for (Dependency d : managed) {
        managedDependencies.add(RepositoryUtils.toDependency(d, types));
      }
    }
    CollectRequest collect = new CollectRequest(dependencies, managedDependencies, project.getRemoteProjectRepositories());
    List<Path> entries = new ArrayList<>();
    try {
      for (ArtifactResult result : system.resolveDependencies(session, new DependencyRequest(collect, null)).getArtifactResults()) {
        entries.add(result.getArtifact().getFile().toPath());
      }
    } catch (DependencyResolutionException e) {
      throw new MojoExecutionException("cannot resolve the annotation processor path: " + e.getMessage(), e);
    }
    return entries;
  }

  /**
   * The compiler plugin's configuration for an execution: the execution's own (into which Maven
   * has already merged the plugin-wide one), else the plugin-wide one; null when there is none.
   */
  static Xpp3Dom configuration(Plugin compiler, String executionId) {
    if (compiler == null) {
      return null;
    }
    PluginExecution execution = compiler.getExecutionsAsMap().get(executionId);
    Object configuration = execution != null && execution.getConfiguration() != null ? execution.getConfiguration() : compiler.getConfiguration();
    return configuration instanceof Xpp3Dom ? (Xpp3Dom) configuration : null;
  }

  /**
   * The entries of {@code annotationProcessorPaths} as dependencies (a version may be missing), or
   * null when the configuration sets none.
   */
  static List<Dependency> configured(Xpp3Dom configuration) {
    Xpp3Dom paths = configuration == null ? null : configuration.getChild("annotationProcessorPaths");
    if (paths == null || paths.getChildCount() == 0) {
      return null;
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (Xpp3Dom path : paths.getChildren()) {
      Dependency d = new Dependency();
      d.setGroupId(value(path, "groupId"));
      d.setArtifactId(value(path, "artifactId"));
      d.setVersion(value(path, "version"));
      d.setClassifier(value(path, "classifier"));
      String type = value(path, "type");
      d.setType(type == null ? "jar" : type);
      d.setScope("runtime");
      Xpp3Dom exclusions = path.getChild("exclusions");
      if (exclusions != null) {
        for (Xpp3Dom exclusion : exclusions.getChildren()) {
          Exclusion e = new Exclusion();
          e.setGroupId(value(exclusion, "groupId"));
          e.setArtifactId(value(exclusion, "artifactId"));
          d.addExclusion(e);
        }
      }
      dependencies.add(d);
    }
    return dependencies;
  }

  private static String value(Xpp3Dom parent, String name) {
    Xpp3Dom child = parent.getChild(name);
    if (child == null || child.getValue() == null || child.getValue().trim().isEmpty()) {
      return null;
    }
    return child.getValue().trim();
  }
}
