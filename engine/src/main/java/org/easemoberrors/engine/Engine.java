package org.easemoberrors.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The engine as the processor checks catalogues with it. This class alone is not copied into
 * annotated packages: the others are, and keep their types package-private there, apart from
 * {@link EasemobMatchLevel}, which the generated match returns.
 */
public final class Engine {
  /**
   * The prefix of the engine's type names, which the processor replaces with the annotated
   * package's own.
   */
  public static final String PREFIX = "Easemob";

  /** The engine's types that every annotated package gets, without the prefix. */
  public static final List<String> TYPES =
      Collections.unmodifiableList(Arrays.asList("Normalizer", "Templates", "Index", "Texts", "RetryAfter", "Examples", "MatchLevel"));

  /** The body reader for Jackson, without the prefix. */
  public static final String JACKSON = "JacksonBody";

  /** The body reader for Gson, without the prefix. */
  public static final String GSON = "GsonBody";

  private Engine() {
  }

  /** The matching form of a whole text. */
  public static String normalize(String s) {
    return EasemobNormalizer.normalize(s);
  }

  /** The matching form of a part of a text, dropping space at the start or end or not. */
  public static String normalize(String s, boolean trimStart, boolean trimEnd) {
    return EasemobNormalizer.normalize(s, trimStart, trimEnd);
  }

  /** A text split at its {@code {name}} placeholders. */
  public static Parts parse(String text) {
    return new Parts(EasemobTemplates.parse(text));
  }

  /** A text split at its placeholders, or as far as its first syntax problem. */
  public static final class Parts {
    /** The problems {@link #problem()} tells of. */
    public enum Problem {
      NONE,
      /** A <code>'}'</code> without a <code>'{'</code> before it. */
      UNOPENED,
      /** A <code>'{'</code> never closed before the next <code>'{'</code> or the end. */
      UNCLOSED,
      /** {@code {}}. */
      EMPTY
    }

    private final EasemobTemplates parts;

    private Parts(EasemobTemplates parts) {
      this.parts = parts;
    }

    /** The literal texts, braces undoubled: one more than the names when there is no problem. */
    public List<String> literals() {
      return Collections.unmodifiableList(Arrays.asList(parts.literals));
    }

    /** The placeholder names, up to the problem if there is one. */
    public List<String> names() {
      return Collections.unmodifiableList(Arrays.asList(parts.names));
    }

    /** Where the <code>'{'</code> of name {@code i} stands in the text. */
    public int start(int i) {
      return parts.starts[i];
    }

    public Problem problem() {
      return Problem.values()[parts.problem];
    }

    /** Where the problem is in the text; -1 without one. */
    public int problemAt() {
      return parts.problemAt;
    }
  }
}
