package org.easemoberrors.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** An unexpected failure becomes one compiler error that names the processor and asks for a report. */
class ReporterTest {

  private final List<String> printed = new ArrayList<>();
  private final List<Diagnostic.Kind> kinds = new ArrayList<>();

  private final Messager messager =
      new Messager() {
        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
          kinds.add(kind);
          printed.add(msg.toString());
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
          printMessage(kind, msg);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
          printMessage(kind, msg);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
          printMessage(kind, msg);
        }
      };

  @Test
  void anUnexpectedExceptionIsOneErrorNamingTheProcessor() {
    new Reporter(messager).internalError(new IllegalStateException("boom"), null, null);
    assertEquals(List.of(Diagnostic.Kind.ERROR), kinds);
    String text = printed.get(0);
    assertTrue(text.startsWith("[EasemobInternalError] the easemob-errors processor failed unexpectedly: java.lang.IllegalStateException: boom."), text);
    assertTrue(text.contains("please report it"), text);
    assertTrue(text.contains("at org.easemoberrors.processor.ReporterTest"), "the stack trace is attached for the report");
  }
}
