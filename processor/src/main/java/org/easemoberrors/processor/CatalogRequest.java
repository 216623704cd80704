package org.easemoberrors.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.VariableElement;

/**
 * One {@code @EasemobErrors} annotation, read from its mirror (so the processor needs no access to
 * the annotation's class).
 */
record CatalogRequest(
    PackageElement pkg, Element annotated, AnnotationMirror mirror, List<String> catalogs,
    boolean defaultCatalog, String prefix, String json, String exceptionClasses) {

  static final String ANNOTATION = "org.easemoberrors.EasemobErrors";

  static CatalogRequest of(PackageElement pkg, Element annotated, AnnotationMirror mirror, javax.lang.model.util.Elements elements) {
    List<String> catalogs = new ArrayList<>();
    boolean defaultCatalog = true;
    String prefix = "Easemob";
    String json = "AUTO";
    String exceptionClasses = "ALL";
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      Object value = e.getValue().getValue();
      switch (e.getKey().getSimpleName().toString()) {
        case "catalog" -> {
          if (value instanceof List<?> list) {
            for (Object item : list) {
              if (item instanceof AnnotationValue v && v.getValue() instanceof String s) {
                catalogs.add(s);
              }
            }
          }
        }
        case "defaultCatalog" -> defaultCatalog = Boolean.TRUE.equals(value);
        case "prefix" -> prefix = String.valueOf(value);
        case "json" -> json = value instanceof VariableElement v ? v.getSimpleName().toString() : String.valueOf(value);
        case "exceptionClasses" ->
            exceptionClasses = value instanceof VariableElement v ? v.getSimpleName().toString() : String.valueOf(value);
        default -> { }
      }
    }
    return new CatalogRequest(pkg, annotated, mirror, List.copyOf(catalogs), defaultCatalog, prefix, json, exceptionClasses);
  }
}
