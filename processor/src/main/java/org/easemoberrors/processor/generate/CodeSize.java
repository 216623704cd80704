package org.easemoberrors.processor.generate;

import java.util.ArrayList;
import java.util.List;
import org.easemoberrors.processor.model.Entry;

/**
 * Upper estimates of the bytecode the generated sources make javac write, against the JVM's limit
 * of 65,535 bytes for one method: the validator refuses what would not fit, and the error enum's
 * writer splits its tables by them. Each estimate counts the longest form of every instruction
 * (an index as {@code sipush}, a constant as {@code ldc_w}, a local as {@code aload} with an
 * operand), so it is never below what javac writes.
 *
 * <p>The constant pools stay far from their limit of 65,535 entries once the code fits: a part of
 * the table adds at most two pool entries (a string and its UTF-8) for each 8 bytes of code, so at
 * most 16,000 for its 64,000 bytes; the enum adds four (name, its UTF-8, field and name-and-type)
 * and a part three (class, its UTF-8, method) for each constant, the match three for each entry
 * (class, its UTF-8, constructor), so at most about 20,000 for the most entries the enum can take.
 */
public final class CodeSize {
  /** What one generated method may take: the JVM's 65,535 bytes less room for its fixed part. */
  public static final int METHOD_BUDGET = 64_000;

  /**
   * The error enum's static initialiser per constant: {@code new}, {@code dup}, its name by
   * {@code ldc_w}, its ordinal by {@code sipush}, {@code invokespecial} and {@code putstatic} make
   * 16 bytes; javac from 15 puts the 8 bytes that store it in {@code $VALUES} ({@code dup},
   * {@code sipush}, {@code getstatic}, {@code aastore}) in a method of their own, older javac and
   * Eclipse's compiler in the initialiser too, so both are counted.
   */
  public static final int CONSTANT_BYTES = 24;

  /** The enum initialiser's fixed part: {@code $VALUES} itself and the return. */
  static final int ENUM_FIXED_BYTES = 32;

  /**
   * A case of the switch over entry ordinals in the match's {@code toException}: 4 bytes of the
   * {@code tableswitch}, then {@code new}, {@code dup}, {@code aload_0}, {@code invokespecial} and
   * {@code areturn}, 9.
   */
  static final int CASE_BYTES = 13;

  /**
   * A row of the table: the call {@code Table.set(i, id, status, action, codes, templates,
   * placeholders, type)} pushes six scalars of at most 3 bytes and three arrays of at most 6 (length
   * by {@code sipush}, {@code anewarray}) and calls with 3: 39, counted as 40.
   */
  static final int ROW_BYTES = 40;

  /** An element of a row's arrays: {@code dup}, its index by {@code sipush}, {@code ldc_w}, {@code aastore}. */
  static final int ELEMENT_BYTES = 8;

  private CodeSize() {}

  /** The most entries the catalogue can have: the enum's initialiser fills one method. */
  public static int maxEntries() {
    return (METHOD_BUDGET - ENUM_FIXED_BYTES) / Math.max(CONSTANT_BYTES, CASE_BYTES);
  }

  /** The bytes of one entry's row in the table. */
  public static long rowBytes(Entry e) {
    return ROW_BYTES + (long) ELEMENT_BYTES * elements(e);
  }

  /** The strings of one entry's row: its error codes, templates and placeholders. */
  public static int elements(Entry e) {
    return e.errors().size() + e.templates().size() + e.placeholders().size();
  }

  /** The most strings one entry's row can have and still fit one method. */
  public static int maxElements() {
    return (METHOD_BUDGET - ROW_BYTES) / ELEMENT_BYTES;
  }

  /**
   * The entries in consecutive parts whose rows fit one method each, in catalogue order; an entry
   * whose row alone is over the budget (which the validator refuses) gets a part of its own.
   */
  static List<List<Entry>> parts(List<Entry> entries) {
    List<List<Entry>> parts = new ArrayList<>();
    List<Entry> part = new ArrayList<>();
    long bytes = 0;
    for (Entry e : entries) {
      long row = rowBytes(e);
      if (!part.isEmpty() && bytes + row > METHOD_BUDGET) {
        parts.add(part);
        part = new ArrayList<>();
        bytes = 0;
      }
      part.add(e);
      bytes += row;
    }
    if (!part.isEmpty()) {
      parts.add(part);
    }
    return parts;
  }
}
