package org.easemoberrors.processor.generate;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easemoberrors.engine.Engine;

/**
 * The engine module's source files as an annotated package gets them. The processor's build puts
 * them in its jar; only the package line and the prefix of the engine's type names change, and
 * {@code @Generated} goes on the class when the user's compile has it. Everything else is the
 * very text the engine module compiles and tests.
 */
final class EngineSources {
  /** Where the processor's build puts the engine's sources. */
  static final String RESOURCES = "/org/easemoberrors/processor/engine/";

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package [\\w.]+;\\n");
  private static final Pattern CLASS = Pattern.compile("(?m)^(?:public )?(?:final class|enum) ");
  private static final Pattern TYPES = Pattern.compile("\\b" + Engine.PREFIX + "(" + String.join("|", all()) + ")\\b");

  /** The files read from the jar, which does not change while the processor's classes are loaded. */
  private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

  /**
   * Adapted sources by what they were made from: a compile with several annotated packages, or a
   * processor run again in the same JVM (a build daemon, an IDE, the tests), adapts each file
   * once per package and prefix instead of scanning it again. At most {@link #ADAPTED_LIMIT}.
   */
  private static final Map<Adaptation, String> ADAPTED = new ConcurrentHashMap<>();

  private static final int ADAPTED_LIMIT = 256;

  /** What an adapted source depends on; the pattern by its text, as patterns have no equality. */
  private record Adaptation(String source, String packageName, String prefix, String generated, String types) {}

  private EngineSources() {}

  /** Every engine type, without the prefix. */
  static List<String> all() {
    List<String> all = new ArrayList<>(Engine.TYPES);
    all.add(Engine.JACKSON);
    all.add(Engine.GSON);
    return all;
  }

  /** The engine types a package gets: the common ones, and the reader of its JSON library. */
  static List<String> types(Context.JsonLibrary json) {
    List<String> types = new ArrayList<>(Engine.TYPES);
    switch (json) {
      case JACKSON -> types.add(Engine.JACKSON);
      case GSON -> types.add(Engine.GSON);
      case NONE -> { }
    }
    return types;
  }

  /** The sources for one package, by simple type name, in the order of {@link #types}. */
  static Map<String, String> sources(Context ctx) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String type : types(ctx.json())) {
      String name = ctx.names().prefix() + type;
      out.put(name, adapt(read(Engine.PREFIX + type + ".java"), ctx.names().packageName(), ctx.names().prefix(), ctx.generatedAnnotation()));
    }
    return out;
  }

  /** The source of one engine file in {@code packageName}, its types renamed to {@code prefix}. */
  static String adapt(String source, String packageName, String prefix, ClassName generated) {
    return adapt(source, packageName, prefix, generated, TYPES);
  }

  /**
   * The source of one file in {@code packageName}: the names {@code types} finds (the prefix and,
   * as group 1, the rest) renamed to {@code prefix}, and {@code @Generated} on its top-level class.
   */
  static String adapt(String source, String packageName, String prefix, ClassName generated, Pattern types) {
    Adaptation key = new Adaptation(source, packageName, prefix, generated == null ? null : generated.canonicalName(), types.pattern());
    String adapted = ADAPTED.get(key);
    if (adapted == null) {
      adapted = adaptAnew(source, packageName, prefix, generated, types);
      if (ADAPTED.size() >= ADAPTED_LIMIT) {
        ADAPTED.clear();
      }
      ADAPTED.put(key, adapted);
    }
    return adapted;
  }

  private static String adaptAnew(String source, String packageName, String prefix, ClassName generated, Pattern types) {
    Matcher pkg = PACKAGE.matcher(source);
    if (!pkg.find()) {
      throw new IllegalStateException("an engine source without a package line");
    }
    String text = source.substring(0, pkg.start())
        + (packageName.isEmpty() ? "" : "package " + packageName + ";\n")
        + source.substring(pkg.end());
    text = types.matcher(text).replaceAll(Matcher.quoteReplacement(prefix) + "$1");
    if (generated != null) {
      Matcher type = CLASS.matcher(text);
      if (!type.find()) {
        throw new IllegalStateException("a copied source without a top-level final class or enum");
      }
      text = text.substring(0, type.start())
          + "@" + generated.canonicalName() + "(\"" + Context.GENERATOR + "\")\n"
          + text.substring(type.start());
    }
    return text;
  }

  private static String read(String file) {
    return read(RESOURCES, file);
  }

  /** A source file the processor's build put in its jar under {@code folder}. */
  static String read(String folder, String file) {
    return TEXTS.computeIfAbsent(folder + file, EngineSources::readAnew);
  }

  private static String readAnew(String path) {
    try (InputStream in = EngineSources.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the processor jar lacks the source " + path);
      }
      // A checkout with Windows line ends must not change what is generated.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
