package org.easemoberrors.processor.validate;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Message;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.generate.Generator;
import org.easemoberrors.processor.generate.Names;

/**
 * The top-level names a package's generated types may not take: those of the JDK packages a file
 * commonly imports whole, of JAX-RS and Jakarta REST's exceptions and of Spring's web client
 * exceptions, and those the package already has. Every generated top-level type starts with the
 * prefix, so only a prefix can make such a name.
 */
public final class ReservedNames {
  /** The JDK packages whose public types no generated type may be named like, asked of the compiler. */
  public static final List<String> JDK_PACKAGES =
      List.of("java.lang", "java.io", "java.util", "java.util.concurrent", "java.net", "java.nio.file",
          "java.security", "java.sql", "java.text", "java.time");

  /**
   * The exceptions of JAX-RS ({@code javax.ws.rs}), Jakarta REST ({@code jakarta.ws.rs}, the same
   * names) and Spring's web clients, which are rarely on the processor's class path.
   */
  public static final Map<String, String> WEB_EXCEPTIONS = webExceptions();

  private static Map<String, String> webExceptions() {
    Map<String, String> out = new TreeMap<>();
    for (String name : List.of("WebApplicationException", "ClientErrorException", "ServerErrorException",
        "RedirectionException", "BadRequestException", "NotAuthorizedException", "ForbiddenException",
        "NotFoundException", "NotAllowedException", "NotAcceptableException", "NotSupportedException",
        "InternalServerErrorException", "ServiceUnavailableException", "ProcessingException")) {
      out.put(name, "javax.ws.rs." + name + " and jakarta.ws.rs." + name);
    }
    out.put("ResponseProcessingException", "javax.ws.rs.client.ResponseProcessingException and jakarta.ws.rs.client.ResponseProcessingException");
    for (String name : List.of("RestClientException", "RestClientResponseException", "HttpStatusCodeException",
        "HttpClientErrorException", "HttpServerErrorException", "UnknownHttpStatusCodeException",
        "ResourceAccessException")) {
      out.put(name, "org.springframework.web.client." + name);
    }
    for (String name : List.of("WebClientException", "WebClientResponseException", "WebClientRequestException")) {
      out.put(name, "org.springframework.web.reactive.function.client." + name);
    }
    return out;
  }

  private final Elements elements;

  public ReservedNames(Elements elements) {
    this.elements = elements;
  }

  /**
   * The type a simple name would be confused with: a public type of one of {@link #JDK_PACKAGES},
   * as the compiler sees them, or one of {@link #WEB_EXCEPTIONS}; null when there is none.
   *
   * <p>Asking javac for a type it does not have is slow (it resolves the name in every module and
   * fails), and nearly every name asked about is missing. So the class files of the JDK that runs
   * javac are looked at first, which is a lookup in its image, and javac is asked only about the
   * names found there, or about every name when that image cannot be read. The image is the
   * running JDK's, not what {@code --release} or {@code --system} shows the compiler: a type the
   * release has and the running JDK has dropped (such as {@code java.lang.Compiler} after JDK 20)
   * goes unseen; no prefix followed by a generated suffix spells one of those today.
   */
  public String reserved(String name) {
    for (String pkg : JDK_PACKAGES) {
      if (!jdk.mayHave(pkg, name)) {
        continue;
      }
      TypeElement type = elements.getTypeElement(pkg + "." + name);
      if (type != null && type.getModifiers().contains(Modifier.PUBLIC) && type.getEnclosingElement() instanceof PackageElement) {
        return type.getQualifiedName().toString();
      }
    }
    return WEB_EXCEPTIONS.get(name);
  }

  private final JdkImage jdk = JdkImage.open();

  /** The class files of the running JDK's image ({@code jrt:/}), by package and simple name. */
  static final class JdkImage {
    private static final Map<String, String> MODULES = Map.of("java.sql", "java.sql");
    private final FileSystem jrt;

    private JdkImage(FileSystem jrt) {
      this.jrt = jrt;
    }

    static JdkImage open() {
      try {
        return new JdkImage(FileSystems.getFileSystem(URI.create("jrt:/")));
      } catch (RuntimeException e) {
        return new JdkImage(null);
      }
    }

    /** False only when the image is readable and has no class file of that name in the package. */
    boolean mayHave(String pkg, String simpleName) {
      if (jrt == null) {
        return true;
      }
      String module = MODULES.getOrDefault(pkg, "java.base");
      try {
        return Files.exists(jrt.getPath("/modules", module, pkg.replace('.', '/'), simpleName + ".class"));
      } catch (RuntimeException e) {
        return true;
      }
    }
  }

  /** Reports each top-level type the prefix would name like a reserved one; returns whether there was none. */
  public boolean check(Names names, Diagnostics diagnostics, Position annotation) {
    boolean ok = true;
    for (String name : Generator.topLevelNames(names, null)) {
      String taken = reserved(name);
      if (taken != null) {
        diagnostics.report(Message.PREFIX_CLASH, annotation, names.prefix(), name, taken);
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Reports each type to be generated that the sources being compiled already have in the package,
   * such as a user's own {@code EasemobException.java}, before any file is written. Class files
   * do not count: those of an earlier build are on the class path of the next one. Nor does a
   * source this processor generated, left from an earlier build.
   */
  public static void existing(Set<? extends Element> sources, Names names, List<String> topLevel, Diagnostics diagnostics,
      Position annotation) {
    // The sources' own types are the root elements of the round: looked at directly, rather than by
    // asking the compiler for each generated name, nearly all of which it does not have.
    Set<String> generated = new TreeSet<>();
    for (String name : topLevel) {
      generated.add(names.packageName().isEmpty() ? name : names.packageName() + "." + name);
    }
    Set<String> taken = new TreeSet<>();
    for (Element source : sources) {
      if (source instanceof TypeElement) {
        TypeElement type = (TypeElement) source;
        String qualified = type.getQualifiedName().toString();
        if (generated.contains(qualified) && !generatedHere(type)) {
          taken.add(qualified);
        }
      }
    }
    taken.forEach(qualified -> diagnostics.report(Message.TYPE_EXISTS, annotation, qualified));
  }

  private static boolean generatedHere(TypeElement type) {
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      if (!a.getAnnotationType().asElement().getSimpleName().contentEquals("Generated")) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : a.getElementValues().entrySet()) {
        if (v.getKey().getSimpleName().contentEquals("value") && String.valueOf(v.getValue().getValue()).contains(GENERATOR)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String GENERATOR = "org.easemoberrors.processor.EasemobErrorsProcessor";
}
