package org.easemoberrors.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Renders a checked catalogue: the Java sources and the message files of one annotated package.
 * Output depends on the catalogue alone, so the same catalogue always gives the same bytes.
 */
public final class Generator {
  private final Context ctx;
  private final List<String> spring;

  public Generator(Context ctx) {
    this(ctx, List.of());
  }

  /** @param spring the Spring handlers to add, without the prefix: see {@link SpringSources#types} */
  public Generator(Context ctx, List<String> spring) {
    this.ctx = ctx;
    this.spring = List.copyOf(spring);
  }

  /**
   * The simple names of the top-level types a package gets, sorted: the fixed ones and the
   * engine's, with the reader of {@code json}, or of every JSON library and the Spring handlers
   * when it is null. Every one starts with the prefix; no catalogue name makes a top-level type.
   */
  public static List<String> topLevelNames(Names names, Context.JsonLibrary json) {
    List<String> out = new ArrayList<>(names.fixed());
    for (String type : json == null ? EngineSources.all() : EngineSources.types(json)) {
      out.add(names.prefix() + type);
    }
    if (json == null) {
      SpringSources.types(true, true).forEach(type -> out.add(names.prefix() + type));
    }
    out.sort(null);
    return out;
  }

  /** Java sources by qualified type name, in a stable order. */
  public Map<String, String> sources() {
    List<TypeSpec> types = new ArrayList<>();
    EnumWriter enums = new EnumWriter(ctx);
    ExceptionWriter exceptions = new ExceptionWriter(ctx);
    types.add(enums.action());
    types.add(enums.status());
    types.add(enums.error());
    types.add(new MatchWriter(ctx).type());
    types.add(new MatcherWriter(ctx).type());
    types.addAll(exceptions.all());
    Map<String, String> sources = new LinkedHashMap<>();
    for (TypeSpec type : types) {
      JavaFile file =
          JavaFile.builder(ctx.names().packageName(), type)
              .skipJavaLangImports(true)
              .indent("  ")
              .build();
      String name = ctx.names().packageName().isEmpty() ? type.name() : ctx.names().packageName() + "." + type.name();
      sources.put(name, ascii(file.toString()));
    }
    String prefix = ctx.names().packageName().isEmpty() ? "" : ctx.names().packageName() + ".";
    EngineSources.sources(ctx).forEach((type, text) -> sources.put(prefix + type, ascii(text)));
    SpringSources.sources(ctx, spring).forEach((type, text) -> sources.put(prefix + type, ascii(text)));
    return sources;
  }

  /** Message files by file name, such as {@code EasemobMessages_zh_CN.properties}. */
  public Map<String, String> resources() {
    Map<String, String> out = new LinkedHashMap<>();
    new MessagesWriter(ctx.catalog()).files().forEach((suffix, text) -> out.put(ctx.names().bundle() + suffix + ".properties", text));
    return out;
  }

  /**
   * The Markdown reference of the merged catalogue, by file name: written next to the generated
   * sources, so it is not packaged into the user's jar.
   */
  public Map<String, String> reference() {
    return Map.of(ReferenceWriter.fileName(ctx.names()), new ReferenceWriter(ctx).write());
  }

  /** Writes everything through the filer, attributed to the annotated element. */
  public void write(Filer filer, Element origin) throws IOException {
    for (Map.Entry<String, String> source : sources().entrySet()) {
      JavaFileObject file = filer.createSourceFile(source.getKey(), origin);
      try (Writer w = file.openWriter()) {
        w.write(source.getValue());
      }
    }
    for (Map.Entry<String, String> resource : resources().entrySet()) {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, ctx.names().packageName(), resource.getKey(), origin);
      try (OutputStream out = file.openOutputStream()) {
        out.write(resource.getValue().getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    for (Map.Entry<String, String> doc : reference().entrySet()) {
      FileObject file = filer.createResource(StandardLocation.SOURCE_OUTPUT, ctx.names().packageName(), doc.getKey(), origin);
      try (OutputStream out = file.openOutputStream()) {
        out.write(doc.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * Escapes every character outside ASCII as a Unicode escape, which Java reads anywhere in a
   * source file: the sources then compile whatever {@code -encoding} the user's build sets.
   */
  static String ascii(String source) {
    StringBuilder sb = null;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c > 0x7e) {
        if (sb == null) {
          sb = new StringBuilder(source.length() + 64).append(source, 0, i);
        }
        Members.unicodeEscape(sb, c, false);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? source : sb.toString();
  }
}
