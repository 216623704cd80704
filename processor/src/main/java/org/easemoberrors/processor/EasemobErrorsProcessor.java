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
import org.easemoberrors.inputs.ProcessorIdentity;
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

  /** This processor's {@link ProcessorIdentity}, computed once: null until then, and after when it has none. */
  private String identity;

  private boolean identityKnown;

  /** The {@code @Generated} types this processor marks its output with. */
  private static final Set<String> GENERATED = Set.of("javax.annotation.processing.Generated", "javax.annotation.Generated");

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // The @Generated types are declared so that this processor is told of them in the rounds that
    // compile its own output; it claims them only there (see claims).
    Set<String> types = new java.util.HashSet<>(GENERATED);
    types.add(CatalogRequest.ANNOTATION);
    return Set.copyOf(types);
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
      Pipeline pipeline = new Pipeline(
          processingEnv, CatalogLocator.parseSearchPath(processingEnv.getOptions().get(PATH_OPTION)), round.getRootElements(), this::identity);
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        current = element;
        currentMirror = mirror(element, annotation);
        try {
          process(pipeline, reporter, element, currentMirror);
        } catch (java.io.IOException | RuntimeException e) {
          // One package's failure is reported on its annotation; the others still generate.
          reporter.internalError(e, element, currentMirror);
        }
      }
    } catch (RuntimeException e) {
      reporter.internalError(e, current, currentMirror);
    }
    return claims(annotations, round);
  }

  /**
   * Whether to claim this round's annotations: only when each of them is this processor's own.
   *
   * <p>javac's {@code -Xlint:processing} warns of every annotation of a round that no processor
   * claimed, whichever processors declared it supported, so a processor that never claims makes
   * {@code -Xlint:all -Werror} fail in a user's build (measured on javac 17 and 25). A claimed
   * annotation is no longer offered to the processors after this one. So this processor claims
   * {@code @EasemobErrors}, which is for it alone, and a {@code @Generated} type only in a round
   * where every element that carries it is its own output; a {@code @Generated} of anyone else
   * is left to the other processors, and nothing of that round is claimed.
   */
  private boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      if (name.equals(CatalogRequest.ANNOTATION)) {
        continue;
      }
      if (!GENERATED.contains(name)) {
        return false;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (!generatedHere(element, annotation)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the element's {@code @Generated} names this processor as its generator. */
  private boolean generatedHere(Element element, TypeElement generated) {
    AnnotationMirror m = mirror(element, generated);
    if (m == null) {
      return false;
    }
    for (var e : m.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value") && e.getValue().getValue() instanceof java.util.List<?> values) {
        // The generated code names this class as its generator.
        return values.size() == 1 && values.get(0) instanceof javax.lang.model.element.AnnotationValue v
            && EasemobErrorsProcessor.class.getName().equals(v.getValue());
      }
    }
    return false;
  }

  private void process(Pipeline pipeline, Reporter reporter, Element element, AnnotationMirror mirror) throws java.io.IOException {
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

  /**
   * The identity of the jar this processor runs from, which the record of each package names so
   * that the Maven plugin sees a new processor; null when it runs from a directory (its tests) or
   * the jar cannot be told. Hashed on the first package and kept: one compile pays it once.
   */
  private String identity() {
    if (!identityKnown) {
      identity = ProcessorIdentity.ofClass(EasemobErrorsProcessor.class);
      identityKnown = true;
    }
    return identity;
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
