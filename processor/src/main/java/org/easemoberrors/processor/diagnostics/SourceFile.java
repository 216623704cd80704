package org.easemoberrors.processor.diagnostics;

import java.util.List;

/**
 * A catalogue file as read: its name for messages, its text (to quote the offending line) and its
 * place among the files of one build, which orders the diagnostics.
 */
public final class SourceFile {
  private final String displayName;
  private final int order;
  private List<String> lines = List.of();

  public SourceFile(String displayName, int order) {
    this.displayName = displayName;
    this.order = order;
  }

  public String displayName() {
    return displayName;
  }

  public int order() {
    return order;
  }

  /** Keeps the decoded text so that diagnostics can show the line they point at. */
  public void setText(String text) {
    this.lines = text.lines().toList();
  }

  /** Line {@code n} (1-based), or null when the file has no such line or was never decoded. */
  public String line(int n) {
    return n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
