package org.easemoberrors.processor;

import com.google.auto.service.AutoService;
import java.util.HashMap;

import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Message;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.diagnostics.SourceFile;
import org.easemoberrors.processor.read.CatalogLocator;

/**
 * The entry point javac calls: finds the {@code @EasemobErrors} packages and runs the {@link
 * Pipeline} for each. Any unexpected failure is reported as one compiler error.
 */
@AutoService(Processor.class)
public final class EasemobErrorsProcessor extends AbstractProcessor {

  /** Directories to look for catalogue files in, separated by the path separator. */
  public static final String PATH_OPTION = "easemob.errors.path";

  private final Map<String, Element> done = new HashMap<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // The @Generated types are claimed too: they mark this processor's own output, and leaving
    // them unclaimed makes javac warn under -Xlint:processing in every user build.
    return Set.of(CatalogRequest.ANNOTATION, "javax.annotation.processing.Generated", "javax.annotation.Generated");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(PATH_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (Timing.on() && !round.processingOver()) {
      System.err.println("easemob-errors timing: round " + (done.isEmpty() ? "1" : "n") + " begins at " + Timing.uptime() + " since the JVM started");
    }
    Reporter reporter = new Reporter(processingEnv.getMessager());
    Element current = null;
    AnnotationMirror currentMirror = null;
    try {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(CatalogRequest.ANNOTATION);
      if (annotation == null) {
        return false;
      }
      Pipeline pipeline = new Pipeline(processingEnv, CatalogLocator.parseSearchPath(processingEnv.getOptions().get(PATH_OPTION)), round.getRootElements());
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        current = element;
        currentMirror = mirror(element, annotation);
        try {
          process(pipeline, reporter, element, currentMirror);
        } catch (Exception | LinkageError | StackOverflowError e) {
          // One package's failure is reported on its annotation; the others still generate.
          reporter.internalError(e, element, currentMirror);
        }
      }
    } catch (Throwable t) {
      reporter.internalError(t, current, currentMirror);
    }
    // @EasemobErrors is ours alone: claiming it spares users javac's -Xlint:processing warning.
    return true;
  }

  private void process(Pipeline pipeline, Reporter reporter, Element element, AnnotationMirror mirror) throws Exception {
    PackageElement pkg = processingEnv.getElementUtils().getPackageOf(element);
    String name = pkg.getQualifiedName().toString();
    Element first = done.putIfAbsent(name, element);
    if (first != null) {
      Diagnostics d = new Diagnostics();
      d.report(Message.DUPLICATE_PACKAGE, Position.ofFile(new SourceFile("@EasemobErrors", -1)), name, first);
      reporter.report(d, element, mirror);
      return;
    }
    CatalogRequest request = CatalogRequest.of(pkg, element, mirror, processingEnv.getElementUtils());
    Pipeline.Result result = pipeline.run(request);
    reporter.report(result.diagnostics(), element, mirror);
  }

  private static AnnotationMirror mirror(Element element, TypeElement annotation) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (m.getAnnotationType().asElement().equals(annotation)) {
        return m;
      }
    }
    return null;
  }

}
