package org.easemoberrors.sample;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of {@code explain}'s standard input. A line ends at {@code '\n'}, and a {@code '\r'}
 * just before it is dropped; the last line needs no {@code '\n'}. A byte order mark at the very
 * start is skipped. A line longer than the limit is read to its end but not kept: it comes back
 * without its text, so that one huge line neither fills the memory nor hides the lines after it.
 */
final class InputLines {

  /** One line: its number, counting from 1, and its text (null when it was longer than the limit). */
  static final class Line {
    final long number;
    final String text;

    Line(long number, String text) {
      this.number = number;
      this.text = text;
    }

    boolean tooLong() {
      return text == null;
    }
  }

  private final Reader in;
  private final int limit;
  private final Runnable beforeWaiting;
  private final char[] buffer = new char[8192];
  private int position;
  private int end;
  private boolean started;
  private boolean ended;
  private long number;

  /**
   * @param limit the longest line kept, in characters
   * @param beforeWaiting run before a read that would wait for more input (to flush the output,
   *     so that whoever sends a line sees its answer before sending the next)
   */
  InputLines(Reader in, int limit, Runnable beforeWaiting) {
    this.in = in;
    this.limit = limit;
    this.beforeWaiting = beforeWaiting;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    StringBuilder text = new StringBuilder();
    long length = 0; // characters so far, a '\r' before the '\n' included
    char last = 0;
    boolean any = false;
    while (true) {
      if (position == end && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int start = position;
      int newline = start;
      while (newline < end && buffer[newline] != '\n') {
        newline++;
      }
      int count = newline - start;
      if (count > 0) {
        last = buffer[newline - 1];
        // One character more than the limit may be a '\r' that is dropped below.
        if (text != null && length + count <= (long) limit + 1) {
          text.append(buffer, start, count);
        } else {
          text = null;
        }
        length += count;
      }
      if (newline < end) {
        position = newline + 1;
        break;
      }
      position = end;
    }
    number++;
    if (length > 0 && last == '\r') {
      length--;
      if (text != null) {
        text.setLength(text.length() - 1);
      }
    }
    return new Line(number, text == null || length > limit ? null : text.toString());
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    if (!in.ready()) {
      beforeWaiting.run();
    }
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      ended = true;
      return false;
    }
    position = 0;
    end = n;
    if (!started) {
      started = true;
      if (buffer[0] == '\uFEFF') {
        position = 1;
      }
    }
    return true;
  }
}
