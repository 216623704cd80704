package org.easemoberrors.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the most specific catalogue entry for a status, an error code and a description. The
 * entries come as tables indexed by their ordinal, in catalogue order.
 *
 * <p>Precedence: status, error code and template (an exact template before one with
 * placeholders); then status and template with any error code; then status and error code. A
 * template is matched by finding its literals from left to right with {@link String#indexOf},
 * which is linear in the length of the description and never backtracks. Immutable once built,
 * so safe to share between threads; nothing of a description is kept after a lookup.
 *
 * <p>The error code alone picks, at one status, the first entry without templates that names it;
 * when no entry without templates does, the one entry with templates that names it, so that a
 * description whose wording has drifted from every template still finds its entry. A code that
 * two or more entries with templates share at the status, and none without, picks none of them.
 *
 * <p>Descriptions are compared in their matching form ({@link EasemobNormalizer}), but the values
 * of placeholders are cut from the description as it came: when the matching form differs, the
 * positions found in it are mapped back, which costs nothing when it does not.
 */
final class EasemobIndex {
  private static final int FIRST = 400;

  /** The rules of each status from 400 to 599; null for a status without entries. */
  private final Slot[] slots = new Slot[200];

  /**
   * @param statuses the HTTP status of each entry
   * @param codes the error codes each entry answers to
   * @param templates each entry's templates, in matching form, braces doubled
   * @param placeholders the names of each entry's placeholders, in the order of its values
   */
  EasemobIndex(int[] statuses, String[][] codes, String[][] templates, String[][] placeholders) {
    int order = 0;
    for (int e = 0; e < statuses.length; e++) {
      int at = statuses[e] - FIRST;
      if (at < 0 || at >= slots.length) {
        continue;
      }
      if (slots[at] == null) {
        slots[at] = new Slot();
      }
      Slot s = slots[at];
      if (templates[e].length == 0) {
        for (String code : codes[e]) {
          s.code(code, new Rule(e, codes[e], null, new int[0], placeholders[e].length, order++));
        }
      } else {
        Rule byCode = new Rule(e, codes[e], null, new int[0], placeholders[e].length, order++);
        for (String code : codes[e]) {
          s.name(code, byCode);
        }
      }
      for (String template : templates[e]) {
        EasemobTemplates t = EasemobTemplates.parse(template);
        int[] values = new int[t.names.length];
        for (int k = 0; k < values.length; k++) {
          values[k] = Arrays.asList(placeholders[e]).indexOf(t.names[k]);
        }
        s.add(new Rule(e, codes[e], t.literals, values, placeholders[e].length, order++));
      }
    }
    for (Slot s : slots) {
      if (s != null) {
        s.freeze();
      }
    }
  }

  /** The entry that fits best and the values of its placeholders, or null when none fits. */
  Hit find(int status, String error, String description) {
    int at = status - FIRST;
    if (at < 0 || at >= slots.length || slots[at] == null) {
      return null;
    }
    Slot slot = slots[at];
    String code = error == null || error.length() == 0 ? null : error;
    if (description != null) {
      // A description equal to a template is already in matching form.
      String text = description;
      Rule[] exact = slot.exact.get(description);
      if (exact == null) {
        text = EasemobNormalizer.normalize(description);
        if (text != description) {
          exact = slot.exact.get(text);
        }
      }
      // 1: status, error code and template; 2: status and template, any error code.
      Rule hit = first(exact, code, true);
      Scan found = null;
      if (hit == null) {
        found = new Scan(text, code);
        slot.scan(found);
        hit = found.coded;
      }
      if (hit == null) {
        hit = first(exact, code, false);
      }
      if (hit == null && found != null) {
        hit = found.uncoded;
      }
      if (hit != null) {
        return hit.hit(text, description);
      }
    }
    // 3: status and error code.
    Rule[] byCode = code == null ? null : slot.byCode.get(code);
    return byCode == null ? null : byCode[0].fixed;
  }

  /**
   * An entry's ordinal, the values of its placeholders (null for those a template lacks, all
   * null when the error code alone found it) and how it was found.
   */
  static final class Hit {
    final int entry;
    final String[] values;
    final EasemobMatchLevel level;

    Hit(int entry, String[] values, EasemobMatchLevel level) {
      this.entry = entry;
      this.values = values;
      this.level = level;
    }
  }

  /** The first exact rule whose entry names the error code ({@code coded}) or does not. */
  private static Rule first(Rule[] rules, String code, boolean coded) {
    if (rules != null) {
      for (Rule r : rules) {
        if (r.coded(code) == coded) {
          return r;
        }
      }
    }
    return null;
  }

  /**
   * One pass over the templates with placeholders that may fit a text: the best that fits among
   * those whose entry names the error code, and the best among the others. Of two that fit, the
   * more specific is better (more literal text; on a tie, the earlier in the catalogue). Each
   * candidate is tried at most once, in time linear in the length of the text, and not at all
   * when it could not be better than what was found already.
   */
  private static final class Scan {
    final String text;
    final String code;
    Rule coded;
    Rule uncoded;

    Scan(String text, String code) {
      this.text = text;
      this.code = code;
    }

    void offer(Rule[] rules) {
      for (int i = 0; rules != null && i < rules.length; i++) {
        Rule r = rules[i];
        if (r.coded(code)) {
          if (beats(r, coded) && r.matches(text)) {
            coded = r;
          }
        } else if (coded == null && beats(r, uncoded) && r.matches(text)) {
          // Once a rule that names the code fits, no other can win.
          uncoded = r;
        }
      }
    }

    private static boolean beats(Rule r, Rule best) {
      return best == null || r.weight > best.weight || (r.weight == best.weight && r.order < best.order);
    }
  }

  /**
   * One template of one entry (literal {@code i} stands before placeholder {@code i}), or one
   * error code of an entry without templates ({@code literals} null).
   */
  private static final class Rule {
    final String[] codes;
    final String[] literals;

    /** The index among the entry's values of each placeholder of the template. */
    final int[] slots;

    /** Catalogue order: of two rules of the same weight that fit, the smaller wins. */
    final int order;

    /**
     * The number of literal characters: of two rules that fit, the heavier is the more specific
     * and wins. The processor refuses catalogues where two templates of equal weight can fit
     * one description.
     */
    final int weight;

    /**
     * The hit of a template without placeholders or of an error code, the same every time: its
     * values are never written.
     */
    final Hit fixed;
    private final int entry;
    private final int values;

    Rule(int entry, String[] codes, String[] literals, int[] slots, int values, int order) {
      this.entry = entry;
      this.codes = codes;
      this.literals = literals;
      this.slots = slots;
      this.values = values;
      this.order = order;
      int w = 0;
      if (literals != null) {
        for (String l : literals) {
          w += l.length();
        }
      }
      this.weight = w;
      EasemobMatchLevel level = literals == null ? EasemobMatchLevel.ERROR_CODE
          : literals.length == 1 ? EasemobMatchLevel.EXACT_TEMPLATE : EasemobMatchLevel.TEMPLATE;
      this.fixed = new Hit(entry, new String[values], level);
    }

    /** Whether this rule's entry names the error code. */
    boolean coded(String code) {
      if (code != null) {
        for (String c : codes) {
          if (c.equals(code)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * The hit for a text in matching form that fits, the values cut from {@code description}
     * (whose matching form the text is) at the places the text's characters came from.
     */
    Hit hit(String text, String description) {
      if (slots.length == 0) {
        return fixed;
      }
      int[] at = new int[2 * slots.length];
      ends(text, at);
      if (text != description) {
        EasemobNormalizer.toSource(description, at);
      }
      String[] found = new String[values];
      for (int i = 0; i < slots.length; i++) {
        found[slots[i]] = description.substring(at[2 * i], at[2 * i + 1]);
      }
      return new Hit(entry, found, fixed.level);
    }

    /** Whether the text fits the template, each placeholder taking at least one character. */
    boolean matches(String s) {
      return ends(s, null);
    }

    /**
     * Finds each middle literal at its leftmost place after the one before. Leftmost is enough:
     * if any placement fits, the leftmost does, since placeholders take any text. Each literal
     * is searched once, so the time is linear in the length of the text. When {@code found}
     * is not null, it gets where each placeholder's value starts and ends, in template order.
     */
    private boolean ends(String s, int[] found) {
      int n = literals.length - 1;
      if (n == 0) {
        return s.equals(literals[0]);
      }
      String head = literals[0];
      String tail = literals[n];
      int end = s.length() - tail.length();
      if (end < head.length() + n || !s.startsWith(head) || !s.endsWith(tail)) {
        return false;
      }
      int pos = head.length();
      for (int i = 1; i < n; i++) {
        int at = s.indexOf(literals[i], pos + 1);
        if (at < 0 || at + literals[i].length() > end - 1) {
          return false;
        }
        if (found != null) {
          found[2 * i - 2] = pos;
          found[2 * i - 1] = at;
        }
        pos = at + literals[i].length();
      }
      if (end - pos < 1) {
        return false;
      }
      if (found != null) {
        found[2 * n - 2] = pos;
        found[2 * n - 1] = end;
      }
      return true;
    }
  }

  /**
   * A hash table from texts to rules that hashes a text by its length and eight of its characters,
   * not all of them. A description comes fresh with every response, so its hash code is never
   * cached, and computing it would read the whole text once more before the comparison that reads
   * it anyway. Open addressing, probed linearly, at most half full; immutable once built. Only the
   * catalogue's own texts are keys, so a lookup probes at most the longest run of them that share
   * a slot, whatever text it is given.
   */
  static final class Texts {
    private final String[] keys;
    private final Rule[][] values;
    private final int mask;

    Texts(Map<String, Rule[]> entries) {
      int size = 4;
      while (size < entries.size() * 2) {
        size <<= 1;
      }
      keys = new String[size];
      values = new Rule[size][];
      mask = size - 1;
      for (Map.Entry<String, Rule[]> e : entries.entrySet()) {
        int at = hash(e.getKey()) & mask;
        while (keys[at] != null) {
          at = (at + 1) & mask;
        }
        keys[at] = e.getKey();
        values[at] = e.getValue();
      }
    }

    /** The rules filed under the text, or null. */
    Rule[] get(String text) {
      for (int at = hash(text) & mask; ; at = (at + 1) & mask) {
        String key = keys[at];
        if (key == null) {
          return null;
        }
        if (key.equals(text)) {
          return values[at];
        }
      }
    }

    /** The length, the last character and up to eight characters spread over the text, mixed. */
    static int hash(String s) {
      int n = s.length();
      int h = n;
      if (n > 0) {
        int step = (n >>> 3) + 1;
        h = h * 31 + s.charAt(n - 1);
        for (int i = 0; i < n; i += step) {
          h = h * 31 + s.charAt(i);
        }
      }
      h *= 0x9E3779B9;
      return h ^ (h >>> 15);
    }
  }

  /**
   * The rules of one HTTP status. Exact templates are found by hashing the description ({@link Texts}). A
   * template with placeholders is filed under the longer of its first and last literal, in a
   * trie of first literals walked from the start of the description or one of last literals
   * walked from its end: a lookup only tries the templates whose first or last literal the
   * description really has, so its cost does not grow with the size of the catalogue.
   * Templates with neither literal (such as {@code {a} of {b}}) are tried one by one.
   */
  private static final class Slot {
    /** While building: the rule of each error code that picks an entry alone. */
    private HashMap<String, Rule> codes = new HashMap<String, Rule>();

    /** Each error code that picks an entry alone, to its rule (an array of one). */
    Texts byCode;

    /**
     * While building: each error code named by entries with templates, to the rule of the one
     * such entry, or to null when two or more share it.
     */
    private HashMap<String, Rule> named = new HashMap<String, Rule>();
    /** Each template without placeholders, to the rules of the entries that have it. */
    Texts exact;
    private HashMap<String, List<Rule>> exactLists = new HashMap<String, List<Rule>>();
    private final Trie heads = new Trie(false);
    private final Trie tails = new Trie(true);
    private final List<Rule> otherList = new ArrayList<Rule>();
    private Rule[] others;

    void add(Rule r) {
      if (r.literals.length == 1) {
        List<Rule> list = exactLists.get(r.literals[0]);
        if (list == null) {
          list = new ArrayList<Rule>();
          exactLists.put(r.literals[0], list);
        }
        list.add(r);
        return;
      }
      String head = r.literals[0];
      String tail = r.literals[r.literals.length - 1];
      if (head.length() == 0 && tail.length() == 0) {
        otherList.add(r);
      } else if (head.length() >= tail.length()) {
        heads.add(head, r);
      } else {
        tails.add(tail, r);
      }
    }

    /** Files the rule of an entry without templates under one of its codes, unless an earlier entry has it. */
    void code(String code, Rule r) {
      if (!codes.containsKey(code)) {
        codes.put(code, r);
      }
    }

    /** Notes that an entry with templates names the code; {@code r} is its error-code rule. */
    void name(String code, Rule r) {
      Rule before = named.get(code);
      named.put(code, !named.containsKey(code) || before == r ? r : null);
    }

    void freeze() {
      // An entry without templates that names a code keeps it; else the one entry with templates.
      for (Map.Entry<String, Rule> e : named.entrySet()) {
        if (e.getValue() != null && !codes.containsKey(e.getKey())) {
          codes.put(e.getKey(), e.getValue());
        }
      }
      named = null;
      Map<String, Rule[]> byName = new HashMap<String, Rule[]>();
      for (Map.Entry<String, Rule> e : codes.entrySet()) {
        byName.put(e.getKey(), new Rule[] {e.getValue()});
      }
      byCode = new Texts(byName);
      codes = null;
      Map<String, Rule[]> byText = new HashMap<String, Rule[]>();
      for (Map.Entry<String, List<Rule>> e : exactLists.entrySet()) {
        byText.put(e.getKey(), e.getValue().toArray(new Rule[0]));
      }
      exact = new Texts(byText);
      exactLists = null;
      heads.freeze();
      tails.freeze();
      others = otherList.toArray(new Rule[0]);
    }

    /** Offers the scan each template with placeholders whose first or last literal the text has. */
    void scan(Scan scan) {
      heads.offer(scan);
      tails.offer(scan);
      scan.offer(others);
    }
  }

  /**
   * A trie of literals, read forwards or (for last literals) backwards, with each chain of nodes
   * that neither branches nor ends a literal merged into one edge, compared in one go; node 0 is
   * the root.
   */
  private static final class Trie {
    private final boolean backwards;
    private List<TreeMap<Character, Integer>> building = new ArrayList<TreeMap<Character, Integer>>();
    private List<List<Rule>> filed = new ArrayList<List<Rule>>();

    /** The first character read along each edge of each node, ascending. */
    char[][] firsts;

    /** The text of each edge, in the order of the description. */
    String[][] labels;
    int[][] next;

    /** The rules whose literal ends at each node, in catalogue order; null for none. */
    Rule[][] rules;

    Trie(boolean backwards) {
      this.backwards = backwards;
      building.add(new TreeMap<Character, Integer>());
      filed.add(null);
    }

    void add(String literal, Rule r) {
      int node = 0;
      for (int k = 0; k < literal.length(); k++) {
        char c = literal.charAt(backwards ? literal.length() - 1 - k : k);
        Integer child = building.get(node).get(c);
        if (child == null) {
          child = building.size();
          building.get(node).put(c, child);
          building.add(new TreeMap<Character, Integer>());
          filed.add(null);
        }
        node = child;
      }
      if (filed.get(node) == null) {
        filed.set(node, new ArrayList<Rule>());
      }
      filed.get(node).add(r);
    }

    void freeze() {
      List<char[]> f = new ArrayList<char[]>();
      List<String[]> l = new ArrayList<String[]>();
      List<int[]> x = new ArrayList<int[]>();
      List<Rule[]> r = new ArrayList<Rule[]>();
      keep(0, f, l, x, r);
      firsts = f.toArray(new char[0][]);
      labels = l.toArray(new String[0][]);
      next = x.toArray(new int[0][]);
      rules = r.toArray(new Rule[0][]);
      building = null;
      filed = null;
    }

    /** Numbers a node to keep and the nodes below it, merging the chains between them; returns its number. */
    private int keep(int node, List<char[]> f, List<String[]> l, List<int[]> x, List<Rule[]> r) {
      int id = f.size();
      TreeMap<Character, Integer> kids = building.get(node);
      char[] first = new char[kids.size()];
      String[] label = new String[kids.size()];
      int[] to = new int[kids.size()];
      List<Rule> here = filed.get(node);
      f.add(first);
      l.add(label);
      x.add(to);
      r.add(here == null ? null : here.toArray(new Rule[0]));
      int k = 0;
      for (Map.Entry<Character, Integer> e : kids.entrySet()) {
        StringBuilder text = new StringBuilder().append(e.getKey().charValue());
        int child = e.getValue();
        while (filed.get(child) == null && building.get(child).size() == 1) {
          Map.Entry<Character, Integer> only = building.get(child).firstEntry();
          text.append(only.getKey().charValue());
          child = only.getValue();
        }
        first[k] = e.getKey();
        label[k] = backwards ? text.reverse().toString() : text.toString();
        to[k] = keep(child, f, l, x, r);
        k++;
      }
      return id;
    }

    /**
     * Offers the scan the rules of each literal the text starts with (or, backwards, ends with),
     * walking the trie from the start (or the end) of the text.
     */
    void offer(Scan scan) {
      String text = scan.text;
      int node = 0;
      int at = backwards ? text.length() : 0;
      while (true) {
        scan.offer(rules[node]);
        boolean more = backwards ? at > 0 : at < text.length();
        int k = more ? edge(node, text.charAt(backwards ? at - 1 : at)) : -1;
        if (k < 0) {
          return;
        }
        String label = labels[node][k];
        int from = backwards ? at - label.length() : at;
        if (from < 0 || !text.regionMatches(from, label, 0, label.length())) {
          return;
        }
        at = backwards ? from : at + label.length();
        node = next[node][k];
      }
    }

    /** The edge of {@code node} whose first character read is {@code c}, or -1. */
    int edge(int node, char c) {
      char[] first = firsts[node];
      if (first.length > 8) {
        int k = Arrays.binarySearch(first, c);
        return k >= 0 ? k : -1;
      }
      for (int k = 0; k < first.length; k++) {
        if (first[k] == c) {
          return k;
        }
      }
      return -1;
    }
  }
}
