package org.easemoberrors.engine;

/**
 * The matching form of a description: typographic quotes made plain, each run of white space one
 * space, no space at either end. Templates are put in this form when the catalogue is checked,
 * descriptions when they are matched, by this same code.
 */
final class EasemobNormalizer {
    private EasemobNormalizer() {
    }

    static char plainQuote(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
                return '"';
            default:
                return c;
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }

    /** The matching form of a whole text; the text itself when it is in that form already. */
    static String normalize(String s) {
        int n = s.length();
        boolean plain = n == 0 || (!isSpace(s.charAt(0)) && !isSpace(s.charAt(n - 1)));
        for (int i = 0; plain && i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u007f') {
                continue; // printable ASCII: the common case
            }
            plain = plainQuote(c) == c && (!isSpace(c) || (c == ' ' && !isSpace(s.charAt(i + 1))));
        }
        return plain ? s : normalize(s, true, true);
    }

    /**
     * The matching form of a part of a text: {@code trimStart} and {@code trimEnd} drop the space
     * at either end, which inside a template stands beside a placeholder and is kept.
     */
    static String normalize(String s, boolean trimStart, boolean trimEnd) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && (sb.length() > 0 || !trimStart)) {
                sb.append(' ');
            }
            space = false;
            sb.append(plainQuote(c));
        }
        if (space && !trimEnd && (sb.length() > 0 || !trimStart)) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
