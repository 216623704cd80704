package org.easemoberrors.processor.generate;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/** Members that several generated types share the shape of. */
final class Members {
  private Members() {}

  /** {@code public T name() { return name; }} with its javadoc. */
  static MethodSpec getter(String name, TypeName type, String doc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", name)
        .build();
  }
}
