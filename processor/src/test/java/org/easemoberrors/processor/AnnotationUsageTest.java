package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.easemoberrors.processor.testing.CompiledClasses;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;

/** The annotation on a type, on several packages of one module, and with a prefix of its own. */
class AnnotationUsageTest {

  @Test
  void onATypeItStandsForTheTypesPackage() {
    Compilation compilation =
        Compiles.compile(null, List.of(),
            JavaFileObjects.forSourceString("com.example.client.ImClient",
                "package com.example.client;\n@org.easemoberrors.EasemobErrors\npublic class ImClient {\n"
                    + "  void call() {\n    throw EasemobErrorMatcher.from(401, \"{}\");\n  }\n}\n"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.client.EasemobErrorMatcher");
  }

  @Test
  void twoPackagesOfOneModuleEachGetTheirOwnTypes() {
    Compilation compilation =
        Compiles.compile(null, List.of(),
            Compiles.packageInfo("com.example.a", ""),
            Compiles.packageInfo("com.example.b", "prefix = \"Im\""),
            JavaFileObjects.forSourceString("com.example.Both",
                "package com.example;\nclass Both {\n"
                    + "  Object a = com.example.a.EasemobErrorMatcher.from(400, null);\n"
                    + "  Object b = com.example.b.ImErrorMatcher.from(400, null);\n}\n"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.b.ImException");
    assertThat(compilation).generatedSourceFile("com.example.b.ImClientException");
    Class<?> duplicate = new CompiledClasses(compilation).load("com.example.b.ImClientException$BadRequest$DuplicateUsername");
    assertEquals("ImException", duplicate.getSuperclass().getSuperclass().getSuperclass().getSimpleName());
  }

  @Test
  void twoAnnotationsInOnePackageAreAnError() {
    Compilation compilation =
        Compiles.compile(null, List.of(),
            Compiles.packageInfo("com.example.twice", ""),
            JavaFileObjects.forSourceString("com.example.twice.Client",
                "package com.example.twice;\n@org.easemoberrors.EasemobErrors\nclass Client {}\n"));
    assertThat(compilation).failed();
    assertTrue(compilation.errors().stream().anyMatch(d -> d.getMessage(null).contains(
        "[EasemobDuplicatePackage] package com.example.twice is annotated with @EasemobErrors more than once")));
  }

  @Test
  void aPrefixThatIsNoTypeNameIsAnError() {
    Compilation compilation = Compiles.compile(null, List.of(), Compiles.packageInfo("com.example.p", "prefix = \"easemob\""));
    assertThat(compilation).hadErrorContaining("[EasemobBadPrefix] prefix 'easemob' is not a valid start of a Java type name");
  }
}
