package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.easemoberrors.processor.testing.CompiledClasses;
import org.easemoberrors.processor.testing.Compiles;
import org.easemoberrors.processor.testing.Generated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The code generated from the default catalogue compiles without a single warning under
 * {@code -Xlint:all -Werror} at the source levels users have. ({@code -options} is left out: on
 * JDK 21+ javac warns that release 8 itself is obsolete.)
 */
class ReleaseLevelsTest {

  @ParameterizedTest(name = "--release {0}")
  @ValueSource(strings = {"8", "11", "17"})
  void generatedCodeCompilesCleanly(String release) {
    Compilation compilation =
        Compiles.compile(null, List.of("--release", release, "-Xlint:all,-options", "-Werror"),
            Compiles.packageInfo("com.example.level" + release, ""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.level" + release + ".EasemobClientException")
        .contentsAsUtf8String().contains("public static final class DuplicateUsername extends BadRequest {");
  }

  @Test
  void withJsonNoneTheBodyFormMatchesOnTheStatusAndTheCompileStaysSilent() {
    Compilation compilation =
        Compiles.compile(null, List.of("-Xlint:all", "-Werror"),
            Compiles.packageInfo("com.example.nojson", "json = org.easemoberrors.EasemobErrors.Json.NONE"));
    assertThat(compilation).succeededWithoutWarnings();
    Generated api = new Generated(new CompiledClasses(compilation), "com.example.nojson");
    assertNull(api.match(400, "{\"error\":\"invalid_grant\",\"error_description\":\"invalid username or password\"}").entryId());
    assertEquals("invalid-credentials", api.matchFields(400, "invalid_grant", "invalid username or password").entryId());
  }

  @Test
  void gsonReadsBodiesWhenAskedFor() {
    Compilation compilation =
        Compiles.compile(null, List.of("-Xlint:all", "-Werror"),
            Compiles.packageInfo("com.example.gson", "json = org.easemoberrors.EasemobErrors.Json.GSON"));
    assertThat(compilation).succeededWithoutWarnings();
    Generated api = new Generated(new CompiledClasses(compilation), "com.example.gson");
    assertEquals("invalid-credentials",
        api.match(400, "{\"error\":\"invalid_grant\",\"x\":{\"y\":[1,2]},\"error_description\":\"invalid username or password\"}").entryId());
    assertNull(api.match(400, "{\"error\":").entryId());
  }
}
