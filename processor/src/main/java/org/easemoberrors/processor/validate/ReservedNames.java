package org.easemoberrors.processor.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
   * as the compiler sees them (each name is looked up in each package, which is cheaper than
   * listing them), or one of {@link #WEB_EXCEPTIONS}; null when there is none.
   */
  public String reserved(String name) {
    for (String pkg : JDK_PACKAGES) {
      TypeElement type = elements.getTypeElement(pkg + "." + name);
      if (type != null && type.getModifiers().contains(Modifier.PUBLIC) && type.getEnclosingElement() instanceof PackageElement) {
        return type.getQualifiedName().toString();
      }
    }
    return WEB_EXCEPTIONS.get(name);
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
  public static void existing(Elements elements, Set<? extends Element> sources, Names names, List<String> topLevel,
      Diagnostics diagnostics, Position annotation) {
    for (String name : topLevel) {
      String qualified = names.packageName().isEmpty() ? name : names.packageName() + "." + name;
      TypeElement type = elements.getTypeElement(qualified);
      if (type != null && sources.contains(type) && !generatedHere(type)) {
        diagnostics.report(Message.TYPE_EXISTS, annotation, qualified);
      }
    }
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
