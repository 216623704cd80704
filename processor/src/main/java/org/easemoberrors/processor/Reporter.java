package org.easemoberrors.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Message;

/**
 * Hands diagnostics to javac, attached to the {@code @EasemobErrors} annotation that pulled the
 * catalogue in, so that IDEs and build logs point at the user's code as well as at the YAML.
 */
final class Reporter {
  private final Messager messager;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  void report(Diagnostics diagnostics, Element element, AnnotationMirror mirror) {
    for (Diagnostics.Problem problem : diagnostics.sorted()) {
      if (element == null) {
        messager.printMessage(problem.kind(), problem.render());
      } else {
        messager.printMessage(problem.kind(), problem.render(), element, mirror);
      }
    }
  }

  /**
   * An unexpected failure: one error naming the processor, on the annotation that was being
   * processed when there was one, never a javac crash.
   */
  void internalError(Throwable t, Element element, AnnotationMirror mirror) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    String text = Message.INTERNAL_ERROR.format(t, trace);
    if (element == null) {
      messager.printMessage(Message.INTERNAL_ERROR.kind(), text);
    } else if (mirror == null) {
      messager.printMessage(Message.INTERNAL_ERROR.kind(), text, element);
    } else {
      messager.printMessage(Message.INTERNAL_ERROR.kind(), text, element, mirror);
    }
  }
}
