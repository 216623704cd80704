package org.easemoberrors.processor.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic.Kind;

/**
 * Collects the problems of one catalogue pipeline, so that they can be reported all at once, in
 * file and line order, and so that generation can be skipped when any of them is an error.
 */
public final class Diagnostics {

  /** One reported problem. */
  public record Problem(Message message, Kind kind, Position position, String text)
      implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER =
        Comparator.comparing(
                Problem::position, Comparator.nullsFirst(Comparator.<Position>naturalOrder()))
            .thenComparing(Problem::text);

    @Override
    public int compareTo(Problem o) {
      return ORDER.compare(this, o);
    }

    /**
     * The problem as handed to javac: {@code file:line:col: [Tag] text}, then the offending line
     * and a caret under the column. The severity is left out: javac prints it in front of the
     * message ({@code error: bad.yaml:4:5: [Tag] ...}), and a second one would repeat it.
     */
    public String render() {
      StringBuilder sb = new StringBuilder();
      if (position != null) {
        sb.append(position.label()).append(": ");
      }
      sb.append(text);
      if (position != null && position.line() > 0) {
        String line = position.file().line(position.line());
        if (line != null) {
          String shown = line.length() > 200 ? line.substring(0, 200) + "..." : line;
          sb.append('\n').append(shown).append('\n');
          int caret = Math.max(0, Math.min(position.column() - 1, shown.length()));
          for (int i = 0; i < caret; i++) {
            sb.append(shown.charAt(i) == '\t' ? '\t' : ' ');
          }
          sb.append('^');
        }
      }
      return sb.toString();
    }
  }

  private final List<Problem> problems = new ArrayList<>();
  private Set<String> suppressed = Set.of();

  /** Warning tags the catalogue asked to silence. */
  public void suppress(Set<String> tags) {
    this.suppressed = Set.copyOf(tags);
  }

  public void report(Message message, Position position, Object... args) {
    problems.add(new Problem(message, message.kind(), position, message.format(args)));
  }

  public int errorCount() {
    return (int) problems.stream().filter(p -> p.kind() == Kind.ERROR).count();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.kind() == Kind.ERROR);
  }

  /** The problems in file, line and column order, each once, without the suppressed warnings. */
  public List<Problem> sorted() {
    return problems.stream()
        .filter(p -> p.kind() == Kind.ERROR || !suppressed.contains(p.message().tag()))
        .distinct() // a node reused through an alias would repeat its problems
        .sorted()
        .toList();
  }
}
