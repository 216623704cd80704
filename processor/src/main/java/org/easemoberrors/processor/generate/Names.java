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

  /** The generated type names no catalogue name may take. */
  public Set<String> fixed() {
    return Set.of(
        base().simpleName(), clientBase().simpleName(), serverBase().simpleName(),
        matcher().simpleName(), match().simpleName(), error().simpleName(),
        status().simpleName(), action().simpleName());
  }

  public ClassName exception(Entry entry) {
    return ClassName.get(packageName, entry.className() + "Exception");
  }

  public ClassName exception(StatusSpec status) {
    return ClassName.get(packageName, status.name().value() + "Exception");
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
