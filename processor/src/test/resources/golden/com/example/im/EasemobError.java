package com.example.im;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The entries of the Easemob error catalogue, in matching order.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public enum EasemobError {
  /**
   * 400 {@code duplicate_unique_property_exists}: <i>Application {application}Entity user requires that property named username be unique, value of {value} exists</i>.
   */
  DUPLICATE_USERNAME,

  /**
   * 401: <i>Unable to authenticate due to expired access token</i>.
   */
  EXPIRED_TOKEN,

  /**
   * 400 {@code json_parse} or {@code JsonParseException}.
   */
  MALFORMED_JSON;

  private final String id;

  private final int status;

  private final EasemobAction action;

  private final String[] codes;

  private final String[] templates;

  private final String[] placeholders;

  private final Class<? extends EasemobException> exceptionType;

  EasemobError() {
    int i = ordinal();
    this.id = Table.IDS[i];
    this.status = Table.STATUSES[i];
    this.action = Table.ACTIONS[i];
    this.codes = Table.CODES[i];
    this.templates = Table.TEMPLATES[i];
    this.placeholders = Table.PLACEHOLDERS[i];
    this.exceptionType = Table.TYPES[i].asSubclass(EasemobException.class);
  }

  /**
   * The catalogue id of this entry, such as {@code duplicate-username}.
   */
  public String id() {
    return id;
  }

  /**
   * The HTTP status this entry answers to.
   */
  public int status() {
    return status;
  }

  /**
   * The recommended action.
   */
  public EasemobAction action() {
    return action;
  }

  /**
   * The server error codes this entry answers to; empty when it answers to any.
   */
  public List<String> errorCodes() {
    return Collections.unmodifiableList(Arrays.asList(codes));
  }

  /**
   * The description templates, with {@code {name}} placeholders; empty when any description matches.
   */
  public List<String> templates() {
    return Collections.unmodifiableList(Arrays.asList(templates));
  }

  /**
   * The names of the template placeholders, in order.
   */
  public List<String> placeholders() {
    return Collections.unmodifiableList(Arrays.asList(placeholders));
  }

  /**
   * The exception class the matcher throws for this entry.
   */
  public Class<? extends EasemobException> exceptionType() {
    return exceptionType;
  }

  String[] rawPlaceholders() {
    return placeholders;
  }

  /**
   * {@link #exampleBody(Map)} with example values for every placeholder.
   */
  public String exampleBody() {
    return exampleBody(Collections.<String, String>emptyMap());
  }

  /**
   * A response body the server writes for this entry, for tests: the JSON object with {@code error},
   * {@code exception}, {@code timestamp}, {@code duration} and {@code error_description}, the
   * description from the template that has the most of the placeholders {@code values} names (the
   * first template when none does), a placeholder without a value getting one made from its name.
   * Deterministic: the timestamp is fixed. Matching it with this entry's status gives this entry,
   * with the values as its parameters, when each value is at least one character without white
   * space at either end (as a server's values are).
   *
   * @param values placeholder values by name; may be null
   */
  public String exampleBody(Map<String, String> values) {
    return EasemobExamples.body(codes, EasemobStatus.of(status).name(), templates, EasemobErrorMatch.text(Locale.ROOT, "entry." + id), values);
  }

  /**
   * The entry with the given catalogue id, or null.
   */
  public static EasemobError ofId(String id) {
    for (EasemobError e : values()) {
      if (e.id.equals(id)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The data of the entries by ordinal, apart from the constants so that their initialisation stays small;
   * the matcher's index is built from it.
   */
  static final class Table {
    static final String[] IDS = new String[3];

    static final int[] STATUSES = new int[3];

    static final EasemobAction[] ACTIONS = new EasemobAction[3];

    static final String[][] CODES = new String[3][];

    static final String[][] TEMPLATES = new String[3][];

    static final String[][] PLACEHOLDERS = new String[3][];

    static final Class<?>[] TYPES = new Class<?>[3];

    static {
      Part0.fill();
    }

    static void set(int i, String id, int status, EasemobAction action, String[] codes,
        String[] templates, String[] placeholders, Class<?> type) {
      IDS[i] = id;
      STATUSES[i] = status;
      ACTIONS[i] = action;
      CODES[i] = codes;
      TEMPLATES[i] = templates;
      PLACEHOLDERS[i] = placeholders;
      TYPES[i] = type;
    }
  }

  /**
   * The rows of entries 0 to 2.
   */
  private static final class Part0 {
    static void fill() {
      Table.set(0, "duplicate-username", 400, EasemobAction.FIX_REQUEST, new String[] {"duplicate_unique_property_exists"}, new String[] {"Application {application}Entity user requires that property named username be unique, value of {value} exists"}, new String[] {"application", "value"}, EasemobClientException.BadRequest.DuplicateUsername.class);
      Table.set(1, "expired-token", 401, EasemobAction.REFRESH_TOKEN, new String[0], new String[] {"Unable to authenticate due to expired access token"}, new String[0], EasemobClientException.Unauthorized.ExpiredToken.class);
      Table.set(2, "malformed-json", 400, EasemobAction.FIX_REQUEST, new String[] {"json_parse", "JsonParseException"}, new String[0], new String[0], EasemobClientException.BadRequest.MalformedJson.class);
    }
  }
}
