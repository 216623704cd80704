package com.example.im;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Generated;

/**
 * Maps an Easemob error response to the most specific catalogue entry and its exception.
 *
 * <p>Precedence: status, error code and description template; then status and template
 * with any error code; then status and error code; then the status; then 4xx or 5xx.
 * Typographic quotes and runs of white space in descriptions match their plain forms.
 * No method returns null or throws, whatever the input. Safe to use from many threads.
 */
@Generated("org.easemoberrors.processor.EasemobErrorsProcessor")
public final class EasemobErrorMatcher {
    private static final int FIRST = 400;

    private static final Slot[] SLOTS = index();

    private static final String[] NO_VALUES = new String[0];

    /**
     * The last match on each status alone, handed out again for the same response (see {@code Rule.last}).
     */
    private static final EasemobErrorMatch[] BARE = new EasemobErrorMatch[200];

    private static final JsonFactory JSON = new JsonFactory();

    private EasemobErrorMatcher() {
    }

    /**
     * The {@code error} and {@code error_description} strings of a JSON object body, or null when it is no JSON object.
     */
    private static String[] readBody(String body) {
        if (body == null || body.length() == 0) {
            return null;
        }
        String error = null;
        String description = null;
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    if ("error".equals(name)) {
                        error = p.getText();
                    } else if ("error_description".equals(name)) {
                        description = p.getText();
                    }
                } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return new String[] {error, description};
    }

    private static char quote(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
                return '"';
            default:
                return c;
        }
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }

    /**
     * Matches a response by its HTTP status and raw body (the JSON object with {@code error} and
     * {@code error_description}). A body that is missing, empty or not JSON matches on the status.
     * The body is read with Jackson's streaming parser.
     */
    public static EasemobErrorMatch match(int status, String body) {
        String[] fields = readBody(body);
        if (fields == null) {
            return new EasemobErrorMatch(status, null, null, null, body, NO_VALUES);
        }
        return find(status, fields[0], fields[1], body);
    }

    /**
     * Matches a response by its HTTP status, error code and error description, either of which may be null.
     */
    public static EasemobErrorMatch match(int status, String error, String description) {
        return find(status, error, description, null);
    }

    /**
     * The exception for a response's HTTP status and raw body; never null.
     */
    public static EasemobException from(int status, String body) {
        return match(status, body).toException();
    }

    /**
     * The exception for a response's HTTP status, error code and description; never null.
     */
    public static EasemobException from(int status, String error, String description) {
        return match(status, error, description).toException();
    }

    private static EasemobErrorMatch find(int status, String error, String description,
            String body) {
        int at = status - FIRST;
        if (at >= 0 && at < SLOTS.length && SLOTS[at] != null) {
            Slot slot = SLOTS[at];
            String code = error == null || error.length() == 0 ? null : error;
            if (description != null) {
                // A description equal to a template is already in matching form.
                String text = description;
                Rule[] exact = slot.exact.get(description);
                if (exact == null) {
                    text = slot.normalize(description);
                    if (text != description) {
                        exact = slot.exact.get(text);
                    }
                }
                // 1: status, error code and template (an exact template before one with placeholders);
                // 2: status and template, any error code.
                Rule hit = first(exact, code, true);
                Rule found = null;
                if (hit == null) {
                    found = slot.scan(text, code);
                    if (found != null && found.coded(code)) {
                        hit = found;
                    }
                }
                if (hit == null) {
                    hit = first(exact, code, false);
                }
                if (hit == null) {
                    hit = found;
                }
                if (hit != null) {
                    return hit.match(status, error, description, body, text);
                }
            }
            // 3: status and error code.
            if (code != null) {
                Rule byCode = slot.byCode.get(code);
                if (byCode != null) {
                    return byCode.match(status, error, description, body, null);
                }
            }
        }
        // 4 and 5: the status, or its class.
        if (body != null || at < 0 || at >= BARE.length) {
            return new EasemobErrorMatch(status, null, error, description, body, NO_VALUES);
        }
        EasemobErrorMatch m = BARE[at];
        if (m == null || !same(error, m.errorCode()) || !same(description, m.description())) {
            m = new EasemobErrorMatch(status, null, error, description, null, NO_VALUES);
            BARE[at] = m;
        }
        return m;
    }

    /**
     * The first exact rule whose entry names the error code ({@code coded}) or does not.
     */
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
     * {@code r} when it is more specific than {@code best} (more literal text; on a tie, earlier in the
     * catalogue), fits the text and names the code ({@code coded}) or not; else {@code best}.
     */
    private static Rule better(Rule best, Rule r, String text, String code, boolean coded) {
        return (best == null || r.weight > best.weight || (r.weight == best.weight && r.order < best.order)) && r.coded(code) == coded && r.matches(text) ? r : best;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    static String normalize(String s) {
        int n = s.length();
        boolean plain = n == 0 || (!space(s.charAt(0)) && !space(s.charAt(n - 1)));
        for (int i = 0; plain && i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u007f') {
                continue; // printable ASCII: the common case
            }
            plain = quote(c) == c && (!space(c) || (c == ' ' && !space(s.charAt(i + 1))));
        }
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        boolean pending = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (space(c)) {
                pending = sb.length() > 0;
            } else {
                if (pending) {
                    sb.append(' ');
                    pending = false;
                }
                sb.append(quote(c));
            }
        }
        return sb.toString();
    }

    private static Slot[] index() {
        Slot[] slots = new Slot[200];
        int order = 0;
        for (EasemobError e : EasemobError.values()) {
            int at = e.status() - FIRST;
            if (at < 0 || at >= slots.length) {
                continue;
            }
            if (slots[at] == null) {
                slots[at] = new Slot();
            }
            Slot s = slots[at];
            if (e.rawTemplates().length == 0) {
                for (String code : e.codes()) {
                    if (!s.byCode.containsKey(code)) {
                        s.byCode.put(code, new Rule(e, null, new int[0], order++));
                    }
                }
            }
            for (String template : e.rawTemplates()) {
                s.add(parse(e, template, order++));
            }
        }
        for (Slot s : slots) {
            if (s != null) {
                s.freeze();
            }
        }
        return slots;
    }

    private static Rule parse(EasemobError e, String template, int order) {
        List<String> literals = new ArrayList<String>();
        List<String> names = new ArrayList<String>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                literal.append(c);
                i++;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                names.add(template.substring(i + 1, close));
                literals.add(literal.toString());
                literal.setLength(0);
                i = close;
            } else {
                literal.append(c);
            }
        }
        literals.add(literal.toString());
        List<String> placeholders = Arrays.asList(e.rawPlaceholders());
        int[] slots = new int[names.size()];
        for (int k = 0; k < slots.length; k++) {
            slots[k] = placeholders.indexOf(names.get(k));
        }
        return new Rule(e, literals.toArray(new String[0]), slots, order);
    }

    /**
     * One template of one entry (literal {@code i} stands before placeholder {@code i}), or one error code
     * of an entry without templates ({@code literals} null).
     */
    private static final class Rule {
        final EasemobError entry;

        final String[] literals;

        final int[] slots;

        /**
         * Catalogue order: of two rules of the same weight that fit, the smaller wins.
         */
        final int order;

        /**
         * The number of literal characters: of two rules that fit, the heavier is the more specific and wins.
         * The processor refuses catalogues where two templates of equal weight can fit one description.
         */
        final int weight;

        /**
         * The placeholder values of a template without placeholders: never written to.
         */
        private final String[] none;

        /**
         * The last match made of this rule without placeholders, handed out again for the same
         * status, error and description. The match is immutable and its fields final, so reading
         * it from another thread without a lock is safe; a race only costs a new match.
         */
        private EasemobErrorMatch last;

        Rule(EasemobError entry, String[] literals, int[] slots, int order) {
            this.entry = entry;
            this.literals = literals;
            this.slots = slots;
            this.order = order;
            int w = 0;
            if (literals != null) {
                for (String l : literals) {
                    w += l.length();
                }
            }
            this.weight = w;
            this.none = new String[entry.rawPlaceholders().length];
        }

        /**
         * Whether this rule's entry names the error code.
         */
        boolean coded(String code) {
            if (code != null) {
                for (String c : entry.codes()) {
                    if (c.equals(code)) {
                        return true;
                    }
                }
            }
            return false;
        }

        EasemobErrorMatch match(int status, String error, String description, String body,
                String text) {
            if (slots.length > 0) {
                String[] values = new String[none.length];
                ends(text, values);
                return new EasemobErrorMatch(status, entry, error, description, body, values);
            }
            if (body != null) {
                return new EasemobErrorMatch(status, entry, error, description, body, none);
            }
            EasemobErrorMatch m = last;
            if (m == null || m.status() != status || !same(error, m.errorCode()) || !same(description, m.description())) {
                m = new EasemobErrorMatch(status, entry, error, description, null, none);
                last = m;
            }
            return m;
        }

        /**
         * Whether the text fits the template, each placeholder taking at least one character.
         */
        boolean matches(String s) {
            return ends(s, null);
        }

        /**
         * Finds each middle literal at its leftmost place after the one before. Leftmost is
         * enough: if any placement fits, the leftmost does, since placeholders take any text.
         * Each literal is searched once, so the time is linear in the length of the text.
         */
        private boolean ends(String s, String[] values) {
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
                if (values != null) {
                    values[slots[i - 1]] = s.substring(pos, at);
                }
                pos = at + literals[i].length();
            }
            if (end - pos < 1) {
                return false;
            }
            if (values != null) {
                values[slots[n - 1]] = s.substring(pos, end);
            }
            return true;
        }
    }

    /**
     * The rules of one HTTP status. Exact templates are found by hashing the description. A template
     * with placeholders is filed under the longer of its first and last literal, in a trie of first
     * literals walked from the start of the description or one of last literals walked from its end:
     * a lookup only tries the templates whose first or last literal the description really has, so
     * its cost does not grow with the size of the catalogue. Templates with neither literal (such
     * as {@code {a} of {b}}) are tried one by one.
     */
    private static final class Slot {
        final HashMap<String, Rule> byCode = new HashMap<String, Rule>();

        final HashMap<String, Rule[]> exact = new HashMap<String, Rule[]>();

        private final HashMap<String, List<Rule>> exactLists = new HashMap<String, List<Rule>>();

        private final Trie heads = new Trie(false);

        private final Trie tails = new Trie(true);

        private final List<Rule> otherList = new ArrayList<Rule>();

        private Rule[] others;

        /**
         * The last description that needed normalizing, and its matching form (see {@code Rule.last}).
         */
        private Memo memo;

        /**
         * {@link #normalize(String)}, remembering the last text that changed, so a repeated response allocates nothing.
         */
        String normalize(String description) {
            Memo m = memo;
            if (m != null && m.description.equals(description)) {
                return m.text;
            }
            String text = EasemobErrorMatcher.normalize(description);
            if (text != description) {
                memo = new Memo(description, text);
            }
            return text;
        }

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

        void freeze() {
            for (Map.Entry<String, List<Rule>> e : exactLists.entrySet()) {
                exact.put(e.getKey(), e.getValue().toArray(new Rule[0]));
            }
            heads.freeze();
            tails.freeze();
            others = otherList.toArray(new Rule[0]);
        }

        /**
         * The first template with placeholders that fits the text and whose entry names the code;
         * else the first that fits; else null. Each candidate is tried once, in linear time.
         */
        Rule scan(String text, String code) {
            Rule coded = null;
            Rule any = null;
            int n = text.length();
            // First literals, walked from the start of the text.
            int node = 0;
            int at = 0;
            while (true) {
                Rule[] found = heads.rules[node];
                if (found != null) {
                    for (Rule r : found) {
                        coded = better(coded, r, text, code, true);
                        any = coded != null ? null : better(any, r, text, code, false);
                    }
                }
                int k = at < n ? heads.edge(node, text.charAt(at)) : -1;
                if (k < 0) {
                    break;
                }
                String label = heads.labels[node][k];
                if (!text.regionMatches(at, label, 0, label.length())) {
                    break;
                }
                at += label.length();
                node = heads.next[node][k];
            }
            // Last literals, walked from the end.
            node = 0;
            at = n;
            while (true) {
                Rule[] found = tails.rules[node];
                if (found != null) {
                    for (Rule r : found) {
                        coded = better(coded, r, text, code, true);
                        any = coded != null ? null : better(any, r, text, code, false);
                    }
                }
                int k = at > 0 ? tails.edge(node, text.charAt(at - 1)) : -1;
                if (k < 0) {
                    break;
                }
                String label = tails.labels[node][k];
                int from = at - label.length();
                if (from < 0 || !text.regionMatches(from, label, 0, label.length())) {
                    break;
                }
                at = from;
                node = tails.next[node][k];
            }
            for (Rule r : others) {
                coded = better(coded, r, text, code, true);
                any = coded != null ? null : better(any, r, text, code, false);
            }
            return coded != null ? coded : any;
        }
    }

    /**
     * A trie of literals, read forwards or (for last literals) backwards, with each chain of nodes that
     * neither branches nor ends a literal merged into one edge, compared in one go; node 0 is the root.
     */
    private static final class Trie {
        private final boolean backwards;

        private List<TreeMap<Character, Integer>> building = new ArrayList<TreeMap<Character, Integer>>();

        private List<List<Rule>> filed = new ArrayList<List<Rule>>();

        /**
         * The first character read along each edge of each node, ascending.
         */
        char[][] firsts;

        /**
         * The text of each edge, in the order of the description.
         */
        String[][] labels;

        int[][] next;

        /**
         * The rules whose literal ends at each node, in catalogue order; null for none.
         */
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

        /**
         * Numbers a node to keep and the nodes below it, merging the chains between them; returns its number.
         */
        private int keep(int node, List<char[]> f, List<String[]> l, List<int[]> x,
                List<Rule[]> r) {
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
         * The edge of {@code node} whose first character read is {@code c}, or -1.
         */
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

    /**
     * A description and its matching form; final fields, so safe to share without a lock.
     */
    private static final class Memo {
        final String description;

        final String text;

        Memo(String description, String text) {
            this.description = description;
            this.text = text;
        }
    }
}
