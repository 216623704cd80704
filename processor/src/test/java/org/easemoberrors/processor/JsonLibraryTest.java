package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.util.List;
import javax.tools.Diagnostic;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;

/**
 * A build without a JSON library: {@code json = AUTO} warns, naming the dependency to add, and an
 * explicit {@code json = NONE} compiles without a word.
 */
class JsonLibraryTest {

  /** The class path of a user's build without a JSON library: the annotation alone. */
  private static List<File> annotationOnly() throws Exception {
    return List.of(new File(org.easemoberrors.EasemobErrors.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
  }

  @Test
  void withoutAJsonLibraryAutoWarnsAndNamesTheDependencies() throws Exception {
    Compilation compilation = Compiler.javac().withProcessors(new EasemobErrorsProcessor()).withClasspath(annotationOnly())
        .compile(Compiles.packageInfo("com.example.nojson", ""));
    assertThat(compilation).succeeded();
    List<Diagnostic<? extends javax.tools.JavaFileObject>> warnings = compilation.warnings();
    assertEquals(1, warnings.size(), warnings.toString());
    String text = warnings.get(0).getMessage(null);
    assertTrue(text.contains(": [EasemobNoJsonLibrary] "), text);
    assertTrue(text.contains("com.fasterxml.jackson.core:jackson-core") && text.contains("com.google.code.gson:gson"), text);
  }

  @Test
  void anExplicitJsonNoneCompilesCleanlyUnderWerror() throws Exception {
    Compilation compilation = Compiler.javac().withProcessors(new EasemobErrorsProcessor()).withClasspath(annotationOnly())
        .withOptions("-Xlint:all", "-Werror")
        .compile(Compiles.packageInfo("com.example.nojson", "json = org.easemoberrors.EasemobErrors.Json.NONE"));
    assertThat(compilation).succeededWithoutWarnings();
  }

}
