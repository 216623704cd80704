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
                String text = normalize(description);
                // 1: status, error code and template; 2: status and template, any error code.
                for (int level = 1; level <= 2; level++) {
                    EasemobErrorMatch found = first(slot.exact.get(text), level, code, text, status, error, description, body);
                    if (found == null) {
                        found = first(slot.patterns, level, code, text, status, error, description, body);
                    }
                    if (found != null) {
                        return found;
                    }
                }
            }
            // 3: status and error code.
            if (code != null) {
                EasemobError entry = slot.byCode.get(code);
                if (entry != null) {
                    return new EasemobErrorMatch(status, entry, error, description, body, NO_VALUES);
                }
            }
        }
        // 4 and 5: the status, or its class.
        return new EasemobErrorMatch(status, null, error, description, body, NO_VALUES);
    }

    private static EasemobErrorMatch first(Rule[] rules, int level, String code, String text,
            int status, String error, String description, String body) {
        if (rules == null) {
            return null;
        }
        for (Rule r : rules) {
            boolean coded = code != null && has(r.entry.codes(), code);
            if ((level == 1) == coded && r.matches(text)) {
                return new EasemobErrorMatch(status, r.entry, error, description, body, r.extract(text));
            }
        }
        return null;
    }

    private static boolean has(String[] codes, String code) {
        for (String c : codes) {
            if (c.equals(code)) {
                return true;
            }
        }
        return false;
    }

    static String normalize(String s) {
        int n = s.length();
        boolean plain = n == 0 || (!space(s.charAt(0)) && !space(s.charAt(n - 1)));
        for (int i = 0; plain && i < n; i++) {
            char c = s.charAt(i);
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
                        s.byCode.put(code, e);
                    }
                }
            }
            for (String template : e.rawTemplates()) {
                Rule r = parse(e, template);
                if (r.literals.length == 1) {
                    List<Rule> list = s.exactLists.get(r.literals[0]);
                    if (list == null) {
                        list = new ArrayList<Rule>();
                        s.exactLists.put(r.literals[0], list);
                    }
                    list.add(r);
                } else {
                    s.patternList.add(r);
                }
            }
        }
        for (Slot s : slots) {
            if (s != null) {
                s.freeze();
            }
        }
        return slots;
    }

    private static Rule parse(EasemobError e, String template) {
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
        return new Rule(e, literals.toArray(new String[0]), slots);
    }

    /**
     * One template of one entry: literal {@code i} stands before placeholder {@code i}.
     */
    private static final class Rule {
        final EasemobError entry;

        final String[] literals;

        final int[] slots;

        Rule(EasemobError entry, String[] literals, int[] slots) {
            this.entry = entry;
            this.literals = literals;
            this.slots = slots;
        }

        /**
         * Whether the text fits the template, each placeholder taking at least one character.
         */
        boolean matches(String s) {
            return ends(s, null);
        }

        String[] extract(String s) {
            String[] values = new String[entry.rawPlaceholders().length];
            ends(s, values);
            return values;
        }

        /**
         * Finds each middle literal at its leftmost place after the one before. Leftmost is
         * enough: if any placement fits, the leftmost does, since placeholders take any text.
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
     * The rules of one HTTP status.
     */
    private static final class Slot {
        final HashMap<String, EasemobError> byCode = new HashMap<String, EasemobError>();

        final HashMap<String, List<Rule>> exactLists = new HashMap<String, List<Rule>>();

        final List<Rule> patternList = new ArrayList<Rule>();

        final HashMap<String, Rule[]> exact = new HashMap<String, Rule[]>();

        Rule[] patterns;

        void freeze() {
            for (Map.Entry<String, List<Rule>> e : exactLists.entrySet()) {
                exact.put(e.getKey(), e.getValue().toArray(new Rule[0]));
            }
            patterns = patternList.toArray(new Rule[0]);
        }
    }
}
