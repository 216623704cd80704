package org.easemoberrors.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The error type's {@code exampleBody} methods, the same in the enum and in the table form: they
 * hand the entry's data to the engine's examples, which render the body.
 */
final class ExampleMethods {
  private ExampleMethods() {}

  static List<MethodSpec> of(Context ctx) {
    Names names = ctx.names();
    TypeName values = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(String.class));
    MethodSpec withValues =
        MethodSpec.methodBuilder("exampleBody")
            .addJavadoc(
                "A response body the server writes for this entry, for tests: the JSON object with {@code error},\n"
                    + "{@code exception}, {@code timestamp}, {@code duration} and {@code error_description}, the\n"
                    + "description from the template that has the most of the placeholders {@code values} names (the\n"
                    + "first template when none does), a placeholder without a value getting one made from its name.\n"
                    + "Deterministic: the timestamp is fixed. Matching it with this entry's status gives this entry,\n"
                    + "with the values as its parameters, when each value is at least one character without white\n"
                    + "space at either end (as a server's values are).\n\n"
                    + "@param values placeholder values by name; may be null\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(values, "values")
            .addStatement("return $T.body(codes, $T.of(status).name(), templates, $T.text($T.ROOT, $S + id), values)",
                names.engine("Examples"), names.status(), names.match(), Locale.class, "entry.")
            .build();
    MethodSpec plain =
        MethodSpec.methodBuilder("exampleBody")
            .addJavadoc("{@link #exampleBody(Map)} with example values for every placeholder.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return exampleBody($T.<String, String>emptyMap())", Collections.class)
            .build();
    return List.of(plain, withValues);
  }
}
