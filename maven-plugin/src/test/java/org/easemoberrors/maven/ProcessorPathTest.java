package org.easemoberrors.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.junit.jupiter.api.Test;

class ProcessorPathTest {

  private static Xpp3Dom xml(String text) throws IOException, XmlPullParserException {
    return Xpp3DomBuilder.build(new StringReader(text));
  }

  @Test
  void thePathsAreReadInOrderWithTheirCoordinates() throws Exception {
    List<Dependency> paths = ProcessorPath.configured(xml(
        "<configuration><release>8</release><annotationProcessorPaths>"
            + "<path><groupId>org.easemoberrors</groupId><artifactId>easemob-errors-processor</artifactId><version>0.1.0</version></path>"
            + "<path><groupId>com.acme</groupId><artifactId>helper</artifactId><classifier>all</classifier>"
            + "<exclusions><exclusion><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId></exclusion></exclusions></path>"
            + "</annotationProcessorPaths></configuration>"));
    assertEquals(2, paths.size());
    assertEquals("org.easemoberrors:easemob-errors-processor:jar:0.1.0",
        paths.get(0).getManagementKey() + ":" + paths.get(0).getVersion());
    assertEquals("com.acme:helper:jar:all", paths.get(1).getManagementKey());
    assertNull(paths.get(1).getVersion(), "a missing version is taken from dependency management later");
    assertEquals("org.slf4j:slf4j-api", paths.get(1).getExclusions().get(0).getGroupId() + ":" + paths.get(1).getExclusions().get(0).getArtifactId());
  }

  @Test
  void withoutPathsProcessorsComeFromTheClassPath() throws Exception {
    assertNull(ProcessorPath.configured(xml("<configuration><release>8</release></configuration>")));
    assertNull(ProcessorPath.configured(xml("<configuration><annotationProcessorPaths/></configuration>")));
    assertNull(ProcessorPath.configured(null));
  }

  @Test
  void theExecutionsConfigurationComesBeforeThePluginWideOne() throws Exception {
    Plugin compiler = new Plugin();
    compiler.setConfiguration(xml("<configuration><annotationProcessorPaths><path><artifactId>wide</artifactId></path></annotationProcessorPaths></configuration>"));
    PluginExecution testCompile = new PluginExecution();
    testCompile.setId("default-testCompile");
    testCompile.setConfiguration(xml("<configuration><annotationProcessorPaths><path><artifactId>tests</artifactId></path></annotationProcessorPaths></configuration>"));
    compiler.addExecution(testCompile);

    assertEquals("tests", ProcessorPath.configured(ProcessorPath.configuration(compiler, "default-testCompile")).get(0).getArtifactId());
    assertEquals("wide", ProcessorPath.configured(ProcessorPath.configuration(compiler, "default-compile")).get(0).getArtifactId());
    assertNull(ProcessorPath.configuration(null, "default-compile"));
  }
}
