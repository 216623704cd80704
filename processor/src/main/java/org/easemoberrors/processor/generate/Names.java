package org.easemoberrors.processor.generate;

import com.palantir.javapoet.ClassName;
import java.util.Set;
import org.easemoberrors.processor.model.CatalogMerger;
import org.easemoberrors.processor.model.Entry;
import org.easemoberrors.processor.model.StatusSpec;

/** The names of everything generated into one package. */
public record Names(String packageName, String prefix) {

  public ClassName base() {
    return type("Exception");
  }

  public ClassName clientBase() {
    return type("ClientException");
  }

  public ClassName serverBase() {
    return type("ServerException");
  }

  public ClassName matcher() {
    return type("ErrorMatcher");
  }

  public ClassName match() {
    return type("ErrorMatch");
  }

  public ClassName error() {
    return type("Error");
  }

  public ClassName status() {
    return type("Status");
  }

  public ClassName action() {
    return type("Action");
  }

  /** One of the engine's types, such as {@code <Prefix>Index}, by its name without the prefix. */
  public ClassName engine(String type) {
    return type(type);
  }

  /** The base name of the message files: {@code <Prefix>Messages_zh_CN.properties}. */
  public String bundle() {
    return prefix + "Messages";
  }

  /**
   * The top-level types generated whatever the catalogue holds, without the engine's: all start
   * with the prefix, and no catalogue name may take one of them.
   */
  public Set<String> fixed() {
    return Set.of(
        base().simpleName(), clientBase().simpleName(), serverBase().simpleName(),
        matcher().simpleName(), match().simpleName(), error().simpleName(),
        status().simpleName(), action().simpleName());
  }

  /** The 4xx or the 5xx class, which a status's exception class is nested in. */
  public ClassName classBase(int status) {
    return status < 500 ? clientBase() : serverBase();
  }

  /**
   * A status's exception class, nested in its class's base without the {@code Exception} suffix:
   * {@code EasemobClientException.BadRequest}.
   */
  public ClassName exception(StatusSpec status) {
    return classBase(Integer.parseInt(status.key())).nestedClass(status.name().value());
  }

  /**
   * An entry's exception class, nested in the class of its status (or in the 4xx or 5xx class
   * when the catalogue does not list its status): {@code
   * EasemobClientException.BadRequest.DuplicateUsername}.
   */
  public ClassName exception(Entry entry, StatusSpec status) {
    ClassName parent = status != null ? exception(status) : classBase(entry.status());
    return parent.nestedClass(entry.className());
  }

  /** A nested name as a catch writes it after importing the top-level type: {@code EasemobClientException.BadRequest}. */
  public static String nestedName(ClassName name) {
    return String.join(".", name.simpleNames());
  }

  public static String constant(Entry entry) {
    return CatalogMerger.constantCase(entry.id());
  }

  /** {@code BadRequest} becomes {@code BAD_REQUEST}. */
  public static String constant(StatusSpec status) {
    return status.name().value().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  private ClassName type(String suffix) {
    return ClassName.get(packageName, prefix + suffix);
  }
}
