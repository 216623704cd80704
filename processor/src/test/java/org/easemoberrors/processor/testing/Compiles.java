package org.easemoberrors.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.easemoberrors.processor.EasemobErrorsProcessor;

/** Compiles a package annotated with {@code @EasemobErrors} through javac, in memory. */
public final class Compiles {
  private Compiles() {}

  /** The package-info of {@code pkg} with the given annotation arguments (may be empty). */
  public static JavaFileObject packageInfo(String pkg, String arguments) {
    return JavaFileObjects.forSourceString(
        pkg + ".package-info",
        "@org.easemoberrors.EasemobErrors(" + arguments + ")\npackage " + pkg + ";\n");
  }

  /** Writes YAML files into a directory and returns it (for the easemob.errors.path option). */
  public static Path catalogDir(Path dir, String... nameAndText) {
    try {
      for (int i = 0; i < nameAndText.length; i += 2) {
        Path file = dir.resolve(nameAndText[i]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, nameAndText[i + 1], StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Compilation compile(Path catalogDir, List<String> extraOptions, JavaFileObject... sources) {
    List<String> options = new ArrayList<>();
    if (catalogDir != null) {
      options.add("-A" + EasemobErrorsProcessor.PATH_OPTION + "=" + catalogDir);
    }
    options.addAll(extraOptions);
    return Compiler.javac()
        .withProcessors(new EasemobErrorsProcessor())
        .withOptions(options)
        .compile(Arrays.asList(sources));
  }

  /** The sources a compilation generated, by simple file name, sorted. */
  public static java.util.Map<String, String> generatedSources(Compilation compilation) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      try (var in = file.openInputStream()) {
        out.put(path.substring(path.lastIndexOf('/') + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  public static String resource(String name) {
    try (var in = Compiles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
