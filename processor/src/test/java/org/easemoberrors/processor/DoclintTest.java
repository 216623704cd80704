package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources' Javadoc passes javac's doclint, so that a project whose javadoc run
 * includes its generated sources (as maven-javadoc-plugin's does) does not fail on them: the
 * copied engine and Spring files as well as those written per catalogue.
 */
class DoclintTest {
  @ParameterizedTest(name = "json = {0}")
  @ValueSource(strings = {"JACKSON", "GSON"})
  void theGeneratedJavadocIsWellFormed(String json) {
    Compilation compilation = Compiles.compile(null, List.of("-Xdoclint:all,-missing", "-Xlint:all", "-Werror"),
        Compiles.packageInfo("com.example.docs", "json = org.easemoberrors.EasemobErrors.Json." + json));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
