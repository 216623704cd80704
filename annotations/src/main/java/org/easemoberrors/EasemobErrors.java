package org.easemoberrors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates typed error handling for the Easemob IM server REST API into the annotated package.
 *
 * <p>Put it on a package ({@code package-info.java}) or on any type, which stands for that type's
 * package. At compile time the easemob-errors processor reads the error catalogue (the default one
 * that ships with the processor, then the files named by {@link #catalog()}, in order), checks it,
 * and writes into the package:
 *
 * <ul>
 *   <li>{@code <Prefix>Exception}, an unchecked base exception, with {@code <Prefix>ClientException}
 *       (4xx) and {@code <Prefix>ServerException} (5xx) below it, one subclass per HTTP status of
 *       the catalogue nested in its 4xx or 5xx class ({@code EasemobClientException.BadRequest}),
 *       and one per catalogue entry nested in its status's class ({@code
 *       EasemobClientException.BadRequest.DuplicateUsername});
 *   <li>{@code <Prefix>ErrorMatcher}, which maps an HTTP status and a response body (or an error
 *       code and a description) to the most specific entry, and builds the matching exception;
 *   <li>{@code <Prefix>Error}, {@code <Prefix>Status} and {@code <Prefix>Action}, enums of the
 *       catalogue's entries, statuses and recommended actions;
 *   <li>{@code <Prefix>Messages*.properties}, the localized causes and descriptions.
 * </ul>
 *
 * <p>The annotation has class retention and nothing generated refers to it, so it is not needed at
 * run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface EasemobErrors {

  /**
   * The project's own catalogue files, merged over the default catalogue in the order given.
   *
   * <p>Each is a resource path such as {@code "easemob-errors.yaml"} or {@code
   * "com/acme/im/errors.yaml"}, looked up in the directories of the processor option {@code
   * easemob.errors.path}, then on the source path, the class output and the class path.
   *
   * @return the catalogue resources, in merge order; empty for the default catalogue alone
   */
  String[] catalog() default {};

  /**
   * Whether the default catalogue, which covers Easemob's documented errors, is read first.
   *
   * @return {@code true} to start from the default catalogue, {@code false} to use only {@link
   *     #catalog()}
   */
  boolean defaultCatalog() default true;

  /**
   * The prefix of the generated top-level type names: with the default, {@code EasemobException},
   * {@code EasemobErrorMatcher} and so on. Every top-level type carries it, so none is named like a
   * JDK type; the status and entry exceptions, nested in them, do not.
   *
   * @return the prefix of the generated type names
   */
  String prefix() default "Easemob";

  /**
   * How the generated matcher reads a JSON response body.
   *
   * @return the JSON library the generated code uses
   */
  Json json() default Json.AUTO;

  /**
   * Which exception classes are generated: one per catalogue entry as well as one per status (the
   * default), or one per status only.
   *
   * @return which exception classes are generated
   */
  ExceptionClasses exceptionClasses() default ExceptionClasses.ALL;

  /** How much of the catalogue becomes Java types. */
  enum ExceptionClasses {
    /**
     * An exception class for every entry, under its status's class: catch one entry's exception.
     * Every entry is also a constant of the {@code <Prefix>Error} enum, in this mode and the other.
     */
    ALL,
    /**
     * Exception classes for the statuses only ({@code EasemobClientException.BadRequest} and so
     * on), without the nested entry classes: every entry is thrown as its status's exception,
     * which still tells its {@code entry()}, placeholder values and causes. The {@code
     * <Prefix>Error} enum is the same as with {@link #ALL}. For large catalogues, where a class per
     * entry would bloat the jar and the build and no caller catches them one by one.
     *
     * <p>In either mode a catalogue can have as many entries as one enum can hold, 2,665; one
     * entry at most 7,995 error codes, templates and placeholders together. A larger one is
     * refused with a message rather than with javac's "code too large".
     */
    STATUS_ONLY
  }

  /** The JSON library the generated code uses to read a response body. */
  enum Json {
    /** Jackson if it is on the compile class path, else Gson, else {@link #NONE}. */
    AUTO,
    /** Jackson 2 ({@code com.fasterxml.jackson.core:jackson-core}). */
    JACKSON,
    /** Gson ({@code com.google.code.gson:gson}). */
    GSON,
    /**
     * No JSON library: {@code match(status, body)} matches on the status only; use {@code
     * matchFields(status, error, description)} with your own parser.
     */
    NONE
  }
}
