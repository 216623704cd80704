package org.easemoberrors.processor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.easemoberrors.processor.diagnostics.Diagnostics;
import org.easemoberrors.processor.diagnostics.Message;
import org.easemoberrors.processor.diagnostics.Position;
import org.easemoberrors.processor.diagnostics.SourceFile;
import org.easemoberrors.processor.diagnostics.Suggestions;
import org.easemoberrors.processor.model.Action;
import org.easemoberrors.processor.model.CatalogFile;
import org.easemoberrors.processor.model.EntrySpec;
import org.easemoberrors.processor.model.Localized;
import org.easemoberrors.processor.model.StatusSpec;
import org.easemoberrors.processor.model.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one catalogue file into a {@link CatalogFile}, reporting every structural problem (syntax,
 * duplicate and unknown keys, wrong types) with its line and column.
 *
 * <p>Only SnakeYAML's composer is used: it builds a tree of plain nodes with their marks and never
 * constructs an object of a type the file names. Tags other than the standard scalar, list and map
 * ones are refused, and {@link LoaderOptions} bounds aliases, nesting and size.
 */
public final class CatalogReader {

  /** Larger files are refused before parsing. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /** Longer lines are refused: no catalogue needs them, and they make every message unreadable. */
  public static final int MAX_LINE = 64 * 1024;

  /** Nodes visited at most, counting every use of an alias: stops alias bombs. */
  private static final int MAX_VISITS = 200_000;

  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.MAP, Tag.SEQ, Tag.STR, Tag.INT, Tag.BOOL, Tag.NULL, Tag.FLOAT, Tag.TIMESTAMP);

  static final List<String> TOP_KEYS =
      List.of("catalog", "locales", "fallbackLocale", "classes", "statuses", "entries", "overrides", "remove", "suppress");
  static final List<String> STATUS_KEYS = List.of("name", "action", "description", "help");
  static final List<String> CLASS_KEYS = List.of("action", "description", "help");
  static final List<String> ENTRY_KEYS = List.of("id", "status", "error", "description", "causes", "help", "action", "class");

  private final Diagnostics diagnostics;
  private SourceFile file;
  private int visits;
  /** The start of each alias of the file, in order. */
  private final List<Mark> aliases = new ArrayList<>();

  public CatalogReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reads the file; null when it could not be parsed at all (the problem is reported). */
  public CatalogFile read(CatalogSource source, int order) {
    file = new SourceFile(source.displayName(), order);
    visits = 0;
    aliases.clear();
    Position whole = Position.ofFile(file);
    if (source.bytes().length > MAX_BYTES) {
      diagnostics.report(Message.FILE_TOO_LARGE, whole, source.bytes().length, MAX_BYTES);
      return null;
    }
    Utf8.Decoded decoded = Utf8.decode(source.bytes());
    if (decoded.failure() != null) {
      Utf8.Failure f = decoded.failure();
      diagnostics.report(Message.FILE_NOT_UTF8, new Position(file, f.line(), f.column()), f.badByte());
      return null;
    }
    String text = decoded.text();
    int longest = 0;
    int longestLine = 0;
    int line = 1;
    for (int i = 0, start = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > longest) {
          longest = i - start;
          longestLine = line;
        }
        start = i + 1;
        line++;
      } else if (!allowed(text.charAt(i))) {
        // YAML allows no control character but tab and line ends in a file; SnakeYAML would
        // refuse it with no position.
        char c = text.charAt(i);
        String name = Character.getName(c);
        file.setText(text);
        diagnostics.report(Message.BAD_CHARACTER, new Position(file, line, i - start + 1),
            String.format(java.util.Locale.ROOT, "U+%04X", (int) c) + (name != null ? " (" + name + ")" : ""));
        return null;
      }
    }
    if (longest > MAX_LINE) {
      diagnostics.report(Message.YAML_LIMIT, new Position(file, longestLine, 1),
          String.format(java.util.Locale.ROOT, "line %d is %,d characters long; the limit is %,d", longestLine, longest, MAX_LINE));
      return null;
    }
    file.setText(text);
    if (text.isBlank()) {
      diagnostics.report(Message.FILE_EMPTY, whole);
      return null;
    }
    Node root;
    try {
      root = compose(text);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      if (e.getContext() != null && !problem.contains(e.getContext())) {
        problem = e.getContext() + ": " + problem;
      }
      String global = "Global tag is not allowed: ";
      if (problem.contains(global)) {
        diagnostics.report(Message.YAML_TAG, at(mark), problem.substring(problem.indexOf(global) + global.length()).strip());
      } else {
        diagnostics.report(Message.YAML_SYNTAX, at(mark), firstLine(problem));
      }
      return null;
    } catch (YAMLException e) {
      diagnostics.report(Message.YAML_LIMIT, whole, firstLine(String.valueOf(e.getMessage())));
      return null;
    } catch (StackOverflowError e) {
      diagnostics.report(Message.YAML_LIMIT, whole, "the YAML is nested too deeply");
      return null;
    } catch (RuntimeException e) {
      // SnakeYAML lets a few malformed inputs escape as plain exceptions, such as the tag in
      // "!%1" (IllegalArgumentException); they are syntax errors of the file all the same.
      diagnostics.report(Message.YAML_SYNTAX, whole, firstLine(String.valueOf(e.getMessage())));
      return null;
    }
    if (root == null) {
      diagnostics.report(Message.FILE_EMPTY, whole);
      return null;
    }
    try {
      return readTop(root);
    } catch (TooManyNodes e) {
      diagnostics.report(Message.YAML_LIMIT, pos(e.node), "it expands to more than " + MAX_VISITS + " nodes (aliases used too often)");
      return null;
    }
  }

  /**
   * Whether YAML allows the character in a file (surrogates stand for the characters beyond
   * U+FFFF, which it allows; the UTF-8 decoder lets none through alone).
   */
  static boolean allowed(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
        || (c >= 0xA0 && c <= 0xFFFD);
  }

  /**
   * The file's node tree, from SnakeYAML's composer: plain nodes with their marks, nothing
   * constructed. The start of every alias is kept on the way ({@link #aliases}): the node an alias
   * stands for carries the marks of its anchor only.
   */
  private Node compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // duplicates are reported here, with both lines
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(64);
    options.setCodePointLimit(MAX_BYTES);
    options.setProcessComments(false);
    Parser parser = new ParserImpl(new StreamReader(new java.io.StringReader(text)), options);
    Parser recording = new Parser() {
      @Override
      public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
      }

      @Override
      public Event peekEvent() {
        return parser.peekEvent();
      }

      @Override
      public Event getEvent() {
        Event event = parser.getEvent();
        if (event instanceof AliasEvent) {
          aliases.add(event.getStartMark());
        }
        return event;
      }
    };
    return new Composer(recording, new Resolver(), options).getSingleNode();
  }

  /**
   * Where the item of a list was written: its own start, or for an alias the alias's. Aliases
   * come after their anchors, so an item that starts before the end of the one before it stands
   * for an anchored node, and the first alias after that end is the item.
   */
  private final class ItemPlaces {
    private int cursor;
    /** The first alias that may still be at or after the cursor, which only moves on. */
    private int alias;

    ItemPlaces(Node list) {
      cursor = list.getStartMark().getIndex();
    }

    Position next(Node item) {
      if (item.getStartMark().getIndex() >= cursor) {
        cursor = item.getEndMark().getIndex();
        return pos(item);
      }
      while (alias < aliases.size() && aliases.get(alias).getIndex() < cursor) {
        alias++;
      }
      if (alias == aliases.size()) {
        return pos(item);
      }
      Mark found = aliases.get(alias);
      cursor = found.getIndex() + 1;
      return at(found);
    }
  }

  // ---- the structure ----------------------------------------------------------------------

  private CatalogFile readTop(Node root) {
    Map<String, Node> top = mapping(root, "the catalogue", TOP_KEYS);
    if (top == null) {
      return null;
    }
    Node version = top.get("catalog");
    if (version != null) {
      Integer v = integer(version, "catalog", "the catalogue");
      if (v != null && v != 1) {
        diagnostics.report(Message.BAD_VERSION, pos(version), v);
      }
    }
    List<Text> locales = top.containsKey("locales") ? stringList(top.get("locales"), "locales", "the catalogue") : null;
    Text fallback = top.containsKey("fallbackLocale") ? string(top.get("fallbackLocale"), "fallbackLocale", "the catalogue") : null;

    Map<String, StatusSpec> statuses = new LinkedHashMap<>();
    if (top.containsKey("classes")) {
      Map<Node, Node> classes = rawMapping(top.get("classes"), "classes", "the catalogue");
      if (classes != null) {
        classes.forEach(
            (k, v) -> {
              Text key = string(k, "classes", "the catalogue");
              if (key == null) {
                return;
              }
              if (!key.value().equals("4xx") && !key.value().equals("5xx")) {
                diagnostics.report(Message.UNKNOWN_KEY, pos(k), key.value(), "classes", suggest(key.value(), List.of("4xx", "5xx")));
                return;
              }
              StatusSpec spec = statusSpec(key.value(), v, "class " + key.value(), CLASS_KEYS);
              if (spec != null) {
                statuses.put(key.value(), spec);
              }
            });
      }
    }
    if (top.containsKey("statuses")) {
      Map<Node, Node> raw = rawMapping(top.get("statuses"), "statuses", "the catalogue");
      if (raw != null) {
        raw.forEach(
            (k, v) -> {
              Integer code = integer(k, "statuses", "the catalogue");
              if (code == null) {
                return;
              }
              if (code < 400 || code > 599) {
                diagnostics.report(Message.BAD_STATUS, pos(k), code);
                return;
              }
              StatusSpec spec = statusSpec(String.valueOf(code), v, "status " + code, STATUS_KEYS);
              if (spec != null) {
                statuses.put(String.valueOf(code), spec);
              }
            });
      }
    }
    List<EntrySpec> entries = entries(top.get("entries"), "entries");
    List<EntrySpec> overrides = entries(top.get("overrides"), "overrides");
    List<Text> removes = top.containsKey("remove") ? stringList(top.get("remove"), "remove", "the catalogue") : List.of();
    List<Text> suppress = top.containsKey("suppress") ? stringList(top.get("suppress"), "suppress", "the catalogue") : List.of();
    return new CatalogFile(
        file, locales, fallback, statuses, entries, overrides,
        removes == null ? List.of() : removes, suppress == null ? List.of() : suppress, pos(root));
  }

  private StatusSpec statusSpec(String key, Node node, String context, List<String> keys) {
    Map<String, Node> fields = mapping(node, context, keys);
    if (fields == null) {
      return null;
    }
    Text name = fields.containsKey("name") ? string(fields.get("name"), "name", context) : null;
    Node actionNode = fields.get("action");
    Action action = actionNode != null ? action(actionNode, context) : null;
    Localized description = fields.containsKey("description") ? localized(fields.get("description"), "description", context, false) : null;
    Localized help = fields.containsKey("help") ? localized(fields.get("help"), "help", context, false) : null;
    return new StatusSpec(key, name, action, actionNode != null ? pos(actionNode) : null, description, help, pos(node));
  }

  private List<EntrySpec> entries(Node node, String key) {
    if (node == null) {
      return List.of();
    }
    List<Node> items = sequence(node, key, "the catalogue");
    if (items == null) {
      return List.of();
    }
    List<EntrySpec> entries = new ArrayList<>();
    ItemPlaces places = new ItemPlaces(node);
    int index = 0;
    for (Node item : items) {
      index++;
      EntrySpec entry = entry(item, places.next(item), key + " #" + index);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /** @param written where the entry was written: its alias's place when it is one */
  private EntrySpec entry(Node node, Position written, String fallbackContext) {
    if (!(node instanceof MappingNode)) {
      wrongType(node, fallbackContext, "the catalogue", "a map of entry fields");
      return null;
    }
    // Find the id first so that every other message can name the entry.
    String context = fallbackContext;
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && "id".equals(k.getValue()) && t.getValueNode() instanceof ScalarNode v) {
        context = "entry '" + v.getValue() + "'";
        break;
      }
    }
    int errorsBefore = diagnostics.errorCount();
    Map<String, Node> fields = mapping(node, context, ENTRY_KEYS);
    if (fields == null) {
      return null;
    }
    Text id = fields.containsKey("id") ? string(fields.get("id"), "id", context) : null;
    if (id == null) {
      if (!fields.containsKey("id")) {
        diagnostics.report(Message.MISSING_FIELD, written, context, "id");
      }
      return null;
    }
    Node statusNode = fields.get("status");
    Integer status = null;
    if (statusNode != null) {
      status = integer(statusNode, "status", context);
      if (status != null && (status < 400 || status > 599)) {
        diagnostics.report(Message.BAD_STATUS, pos(statusNode), status);
        status = null;
      }
    }
    List<Text> errors = fields.containsKey("error") ? stringOrList(fields.get("error"), "error", context) : null;
    List<Text> templates = fields.containsKey("description") ? stringOrList(fields.get("description"), "description", context) : null;
    Localized causes = fields.containsKey("causes") ? localized(fields.get("causes"), "causes", context, true) : null;
    Localized help = fields.containsKey("help") ? localized(fields.get("help"), "help", context, false) : null;
    Node actionNode = fields.get("action");
    Action action = actionNode != null ? action(actionNode, context) : null;
    Text className = fields.containsKey("class") ? string(fields.get("class"), "class", context) : null;
    java.util.Set<String> unreadable = new java.util.HashSet<>();
    Map<String, Object> read = new HashMap<>();
    read.put("status", status);
    read.put("error", errors);
    read.put("description", templates);
    read.put("causes", causes);
    read.put("help", help);
    read.put("action", action);
    read.put("class", className);
    read.forEach((key, value) -> {
      if (fields.containsKey(key) && value == null) {
        unreadable.add(key);
      }
    });
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      if (t.getKeyNode().getTag().equals(Tag.MERGE)) {
        unreadable.addAll(ENTRY_KEYS); // a merge key was to bring in any field
      } else if (t.getKeyNode() instanceof ScalarNode k && !ENTRY_KEYS.contains(k.getValue())) {
        nearest(k.getValue(), ENTRY_KEYS).ifPresent(unreadable::add);
      }
    }
    return new EntrySpec(
        id, status, statusNode != null ? pos(statusNode) : null, errors, templates, causes, help,
        action, actionNode != null ? pos(actionNode) : null, className, written,
        diagnostics.errorCount() > errorsBefore, unreadable);
  }

  private Action action(Node node, String context) {
    Text code = string(node, "action", context);
    if (code == null) {
      return null;
    }
    var action = Action.ofCode(code.value());
    if (action.isEmpty()) {
      List<String> codes = java.util.Arrays.stream(Action.values()).map(Action::code).toList();
      diagnostics.report(Message.UNKNOWN_ACTION, pos(node), code.value(), suggest(code.value(), codes));
      return null;
    }
    return action.get();
  }

  private Localized localized(Node node, String key, String context, boolean lists) {
    Map<Node, Node> raw = rawMapping(node, key, context, "a map from locale to text");
    if (raw == null) {
      return null;
    }
    Map<String, List<Text>> byLocale = new LinkedHashMap<>();
    raw.forEach(
        (k, v) -> {
          Text locale = string(k, key, context);
          if (locale == null) {
            return;
          }
          List<Text> texts = lists ? stringOrList(v, key + "." + locale.value(), context) : single(v, key + "." + locale.value(), context);
          if (texts != null) {
            byLocale.put(locale.value(), texts);
          }
        });
    return new Localized(byLocale, pos(node));
  }

  private List<Text> single(Node node, String key, String context) {
    Text t = string(node, key, context);
    return t == null ? null : List.of(t);
  }

  // ---- typed access with reporting ---------------------------------------------------------

  private void visit(Node node) {
    if (++visits > MAX_VISITS) {
      throw new TooManyNodes(node);
    }
  }

  private boolean plainTag(Node node) {
    visit(node);
    if (!PLAIN_TAGS.contains(node.getTag())) {
      diagnostics.report(Message.YAML_TAG, pos(node), node.getTag().getValue());
      return false;
    }
    return true;
  }

  /** Reports a merge key ({@code <<: *name}), which a catalogue does not use; true for one. */
  private boolean mergeKey(Node key) {
    if (!key.getTag().equals(Tag.MERGE)) {
      return false;
    }
    visit(key);
    diagnostics.report(Message.MERGE_KEY, pos(key));
    return true;
  }

  /** A mapping with string keys out of {@code allowed}; unknown and duplicate keys are reported. */
  private Map<String, Node> mapping(Node node, String context, List<String> allowed) {
    if (!plainTag(node)) {
      return null;
    }
    if (!(node instanceof MappingNode m)) {
      wrongType(node, context, null, "a map");
      return null;
    }
    Map<String, Node> fields = new LinkedHashMap<>();
    Map<String, Node> keys = new HashMap<>();
    for (NodeTuple t : m.getValue()) {
      Node k = t.getKeyNode();
      if (mergeKey(k) || !plainTag(k)) {
        continue;
      }
      if (!(k instanceof ScalarNode sk)) {
        wrongType(k, "a key", context, "a string");
        continue;
      }
      String name = sk.getValue();
      if (keys.containsKey(name)) {
        diagnostics.report(Message.DUPLICATE_KEY, pos(k), name, context, pos(keys.get(name)).line());
        continue;
      }
      keys.put(name, k);
      if (!allowed.contains(name)) {
        diagnostics.report(Message.UNKNOWN_KEY, pos(k), name, context, suggest(name, allowed));
        continue;
      }
      fields.put(name, t.getValueNode());
    }
    return fields;
  }

  /** A mapping with any scalar keys, duplicates reported; keys kept as nodes. */
  private Map<Node, Node> rawMapping(Node node, String key, String context) {
    return rawMapping(node, key, context, "a map");
  }

  private Map<Node, Node> rawMapping(Node node, String key, String context, String expected) {
    if (!plainTag(node)) {
      return null;
    }
    if (!(node instanceof MappingNode m)) {
      wrongType(node, key, context, expected);
      return null;
    }
    Map<Node, Node> fields = new LinkedHashMap<>();
    Map<String, Node> seen = new HashMap<>();
    for (NodeTuple t : m.getValue()) {
      Node k = t.getKeyNode();
      if (mergeKey(k) || !plainTag(k)) {
        continue;
      }
      if (!(k instanceof ScalarNode sk)) {
        wrongType(k, "a key of '" + key + "'", context, "a string or number");
        continue;
      }
      Node first = seen.putIfAbsent(sk.getValue(), k);
      if (first != null) {
        diagnostics.report(Message.DUPLICATE_KEY, pos(k), sk.getValue(), "'" + key + "' of " + context, pos(first).line());
        continue;
      }
      fields.put(k, t.getValueNode());
    }
    return fields;
  }

  private List<Node> sequence(Node node, String key, String context) {
    if (!plainTag(node)) {
      return null;
    }
    if (!(node instanceof SequenceNode s)) {
      wrongType(node, key, context, "a list");
      return null;
    }
    return s.getValue();
  }

  private Text string(Node node, String key, String context) {
    if (!plainTag(node)) {
      return null;
    }
    if (!(node instanceof ScalarNode s) || node.getTag().equals(Tag.NULL)) {
      wrongType(node, key, context, "a string");
      return null;
    }
    return new Text(s.getValue(), pos(node));
  }

  /** Plain decimal digits: what a catalogue writes its numbers with. */
  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)");

  private Integer integer(Node node, String key, String context) {
    if (!plainTag(node)) {
      return null;
    }
    if (node instanceof ScalarNode s && node.getTag().equals(Tag.INT)) {
      if (DECIMAL.matcher(s.getValue()).matches()) {
        try {
          return Integer.valueOf(s.getValue());
        } catch (NumberFormatException e) {
          wrongType(node, key, context, "an integer");
          return null;
        }
      }
      // YAML 1.1 also reads 0400 (octal), 0x190, 0b..., 4_00, +400 and 6:40 (base 60) as
      // integers, which a reader of the file would not take for what YAML makes of them.
      notDecimal(s, context == null ? key : "'" + key + "' in " + context);
      return null;
    }
    wrongType(node, key, context, "an integer");
    return null;
  }

  private void notDecimal(ScalarNode node, String what) {
    String written = node.getValue();
    String digits = written.replace("_", "");
    boolean negative = digits.startsWith("-");
    if (digits.startsWith("-") || digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    java.math.BigInteger value;
    String how;
    String meant = null;
    try {
      if (digits.startsWith("0b")) {
        value = new java.math.BigInteger(digits.substring(2), 2);
        how = " (binary)";
      } else if (digits.startsWith("0x")) {
        value = new java.math.BigInteger(digits.substring(2), 16);
        how = " (hexadecimal)";
      } else if (digits.contains(":")) {
        value = java.math.BigInteger.ZERO;
        for (String part : digits.split(":")) {
          value = value.multiply(java.math.BigInteger.valueOf(60)).add(new java.math.BigInteger(part));
        }
        how = " (base 60, for the colon)";
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        value = new java.math.BigInteger(digits.substring(1), 8);
        how = " (octal, for the leading zero)";
        meant = new java.math.BigInteger(digits).toString();
      } else {
        value = new java.math.BigInteger(digits);
        how = written.contains("_") ? " (without the underscores)" : "";
      }
    } catch (NumberFormatException e) {
      wrongType(node, what, null, "a plain decimal number", "'" + written + "'");
      return;
    }
    String read = (negative ? value.negate() : value).toString();
    String write = meant != null && !meant.equals(read) ? read + ", or " + meant + " without the leading zero if that is what you meant" : read;
    diagnostics.report(Message.NOT_DECIMAL, pos(node), what, written, read, how, write);
  }

  private List<Text> stringList(Node node, String key, String context) {
    List<Node> items = sequence(node, key, context);
    if (items == null) {
      return null;
    }
    List<Text> texts = new ArrayList<>();
    for (Node item : items) {
      Text t = string(item, key, context);
      if (t != null) {
        texts.add(t);
      }
    }
    return texts;
  }

  private List<Text> stringOrList(Node node, String key, String context) {
    if (node instanceof SequenceNode) {
      List<Text> list = stringList(node, key, context);
      if (list != null && list.isEmpty()) {
        wrongType(node, key, context, "a string or a non-empty list of strings");
        return null;
      }
      return list;
    }
    Text t = string(node, key, context);
    return t == null ? null : List.of(t);
  }

  /** {@code context} null: {@code key} names the whole thing (such as "the catalogue"). */
  private void wrongType(Node node, String key, String context, String expected) {
    wrongType(node, key, context, expected, describe(node));
  }

  private void wrongType(Node node, String key, String context, String expected, String found) {
    String what = context == null ? key : "'" + key + "' in " + context;
    diagnostics.report(Message.WRONG_TYPE, pos(node), what, expected, found);
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode s = (ScalarNode) node;
    Tag tag = s.getTag();
    if (tag.equals(Tag.NULL)) {
      return "nothing (null)";
    }
    String value = s.getValue().length() > 40 ? s.getValue().substring(0, 40) + "..." : s.getValue();
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return "the number " + value;
    }
    if (tag.equals(Tag.BOOL)) {
      return "the boolean " + value;
    }
    return "the string '" + value + "'";
  }

  private static String suggest(String given, java.util.Collection<String> known) {
    return Suggestions.didYouMean(given, known);
  }

  private static java.util.Optional<String> nearest(String given, java.util.Collection<String> known) {
    return Suggestions.nearest(given, known);
  }

  private Position pos(Node node) {
    return at(node.getStartMark());
  }

  private Position at(Mark mark) {
    return mark == null ? Position.ofFile(file) : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String firstLine(String s) {
    String trimmed = s.strip();
    int nl = trimmed.indexOf('\n');
    return nl < 0 ? trimmed : trimmed.substring(0, nl);
  }

  private static final class TooManyNodes extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Node node;

    TooManyNodes(Node node) {
      super(null, null, false, false);
      this.node = node;
    }
  }
}
