package org.easemoberrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.easemoberrors.processor.testing.Compiles;
import org.junit.jupiter.api.Test;

/**
 * The processor claims only what is its own: a {@code @Generated} of another tool still reaches
 * the processors after it, and its own annotation and output draw no {@code -Xlint:processing}
 * warning.
 */
class ProcessorNeighbourTest {

  /** A processor that runs after this one and records the annotations it is given. */
  static final class Recorder extends AbstractProcessor {
    final List<String> seen = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotations.forEach(a -> seen.add(a.getQualifiedName().toString()));
      return false;
    }
  }

  @Test
  void aGeneratedAnnotationOfAnotherToolIsLeftToTheOtherProcessors() {
    Recorder recorder = new Recorder();
    Compilation compilation = Compiler.javac().withProcessors(new EasemobErrorsProcessor(), recorder)
        .compile(Compiles.packageInfo("com.example.mine", ""),
            JavaFileObjects.forSourceString("com.example.mine.Theirs",
                "package com.example.mine;\n@javax.annotation.processing.Generated(\"com.example.OtherTool\")\nclass Theirs {}\n"));
    assertThat(compilation).succeeded();
    assertTrue(recorder.seen.contains("javax.annotation.processing.Generated"), recorder.seen.toString());
  }

  @Test
  void itsOwnAnnotationAndOutputDrawNoProcessingLintWarning() {
    Compilation compilation = Compiles.compile(null, List.of("-Xlint:processing", "-Werror"), Compiles.packageInfo("com.example.lint", ""));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
