package org.easemoberrors.engine;

/**
 * How specific a match was, most specific first: how sure a caller can be that the entry is the
 * error the server meant. The first two levels are sure matches; {@link #ERROR_CODE} is a good
 * guess made when the server's wording has drifted from the catalogue's; the last two found no
 * entry at all.
 */
public enum EasemobMatchLevel {
  /**
   * The description equals one of the entry's templates without placeholders (after typographic
   * quotes and runs of white space are made plain). A sure match.
   */
  EXACT_TEMPLATE,

  /**
   * One of the entry's templates with placeholders fits the description, and the placeholders'
   * values are known. A sure match.
   */
  TEMPLATE,

  /**
   * No template fits the description (it is missing, or its wording differs from every
   * template, as when a server version adds a period or changes a word), but the error code
   * names this entry alone at this status. Most likely the right entry, but a guess: no
   * placeholder has a value.
   */
  ERROR_CODE,

  /**
   * The catalogue lists the status, but neither the description nor the error code picked an
   * entry of it (an error code it does not know, or one that several of its entries share). The
   * status's action applies; which error it was is unknown.
   */
  STATUS,

  /**
   * The catalogue does not list the status: only its class is known (4xx, 5xx, or not an error
   * status at all).
   */
  STATUS_CLASS;

  /** Whether this level names a catalogue entry: {@link #EXACT_TEMPLATE}, {@link #TEMPLATE} or {@link #ERROR_CODE}. */
  public boolean isEntry() {
    return this == EXACT_TEMPLATE || this == TEMPLATE || this == ERROR_CODE;
  }

  /** Whether the description fitted a template of the entry: {@link #EXACT_TEMPLATE} or {@link #TEMPLATE}. */
  public boolean isSure() {
    return this == EXACT_TEMPLATE || this == TEMPLATE;
  }
}
