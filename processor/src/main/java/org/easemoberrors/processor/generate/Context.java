package org.easemoberrors.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import org.easemoberrors.processor.model.Catalog;

/**
 * What every type writer needs: the catalogue, the names, the {@code @Generated} annotation that
 * suits the user's source level (or none), the JSON library the matcher reads bodies with and
 * whether entries get exception classes of their own.
 */
public record Context(
    Catalog catalog, Names names, ClassName generatedAnnotation, JsonLibrary json, ExceptionClasses exceptionClasses) {

  /** A context with an exception class for every entry, the default. */
  public Context(Catalog catalog, Names names, ClassName generatedAnnotation, JsonLibrary json) {
    this(catalog, names, generatedAnnotation, json, ExceptionClasses.ALL);
  }

  /** Mirrors {@code EasemobErrors.ExceptionClasses}. */
  public enum ExceptionClasses {
    /** A class per entry. */
    ALL,
    /** Classes per status only; the error enum is the same. */
    STATUS_ONLY
  }

  /** Whether every entry gets its own exception class. */
  public boolean typedEntries() {
    return exceptionClasses == ExceptionClasses.ALL;
  }

  /** The JSON libraries the generated matcher can read a response body with. */
  public enum JsonLibrary {
    JACKSON,
    GSON,
    NONE
  }

  /** An entry's exception class, nested in its status's. */
  public ClassName exception(org.easemoberrors.processor.model.Entry entry) {
    return names.exception(entry, catalog.statuses().get(entry.status()));
  }

  /** The exception class an entry of this status extends: its status's, else the 4xx or 5xx class. */
  public ClassName parentOf(int status) {
    org.easemoberrors.processor.model.StatusSpec s = catalog.statuses().get(status);
    return s != null ? names.exception(s) : names.classBase(status);
  }

  static final String GENERATOR = "org.easemoberrors.processor.EasemobErrorsProcessor";

  /** Adds {@code @Generated("...")} when the user's compile has such an annotation type. */
  TypeSpec.Builder generated(TypeSpec.Builder type) {
    if (generatedAnnotation != null) {
      type.addAnnotation(AnnotationSpec.builder(generatedAnnotation).addMember("value", "$S", GENERATOR).build());
    }
    return type;
  }
}
