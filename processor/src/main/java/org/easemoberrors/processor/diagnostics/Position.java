package org.easemoberrors.processor.diagnostics;

/**
 * A place in a catalogue file: 1-based line and column. A position of line 0 stands for the file
 * as a whole.
 */
public record Position(SourceFile file, int line, int column) implements Comparable<Position> {

  public static Position ofFile(SourceFile file) {
    return new Position(file, 0, 0);
  }

  /** {@code name:line:column}, or the name alone for a whole-file position. */
  public String label() {
    return line == 0 ? file.displayName() : file.displayName() + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(Position o) {
    int c = Integer.compare(file.order(), o.file.order());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}
