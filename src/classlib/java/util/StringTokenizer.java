/*
 * @fileoverview The legacy string tokenizer: splits on any of a set of delimiter characters,
 * optionally returning the delimiters as tokens. Delimiters are matched per char (UTF-16 code
 * unit); the JDK's special handling of supplementary-character delimiters is not provided.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Breaks a string into tokens. */
public class StringTokenizer implements Enumeration<Object> {
    private int currentPosition;
    /** Position after skipping delimiters in hasMoreTokens, or -1. */
    private int newPosition;
    private final int maxPosition;
    private final String str;
    private String delimiters;
    private final boolean retDelims;
    private boolean delimsChanged;
    /** Largest delimiter char, a quick rejection test. */
    private int maxDelimCodePoint;

    /** A tokenizer over {@code str} splitting on {@code delim}, returning delimiters if asked. */
    public StringTokenizer(String str, String delim, boolean returnDelims) {
        currentPosition = 0;
        newPosition = -1;
        delimsChanged = false;
        this.str = str;
        maxPosition = str.length();
        delimiters = delim;
        retDelims = returnDelims;
        setMaxDelimCodePoint();
    }

    /** A tokenizer over {@code str} splitting on {@code delim}. */
    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    /** A tokenizer over {@code str} splitting on " \t\n\r\f". */
    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    private void setMaxDelimCodePoint() {
        if (delimiters == null) {
            maxDelimCodePoint = 0;
            return;
        }
        int m = 0;
        for (int i = 0; i < delimiters.length(); i++) {
            char c = delimiters.charAt(i);
            if (m < c) {
                m = c;
            }
        }
        maxDelimCodePoint = m;
    }

    private boolean isDelimiter(char c) {
        return c <= maxDelimCodePoint && delimiters.indexOf(c) >= 0;
    }

    /** Skips delimiters (unless they are tokens) from {@code startPos}. */
    private int skipDelimiters(int startPos) {
        if (delimiters == null) {
            throw new NullPointerException();
        }
        int position = startPos;
        while (!retDelims && position < maxPosition) {
            if (!isDelimiter(str.charAt(position))) {
                break;
            }
            position++;
        }
        return position;
    }

    /** End of the token starting at {@code startPos} (a lone delimiter when retDelims). */
    private int scanToken(int startPos) {
        int position = startPos;
        while (position < maxPosition) {
            if (isDelimiter(str.charAt(position))) {
                break;
            }
            position++;
        }
        if (retDelims && (startPos == position)) {
            if (isDelimiter(str.charAt(position))) {
                position++;
            }
        }
        return position;
    }

    /** True if another token follows. */
    public boolean hasMoreTokens() {
        newPosition = skipDelimiters(currentPosition);
        return (newPosition < maxPosition);
    }

    /** The next token, or NoSuchElementException. */
    public String nextToken() {
        currentPosition = (newPosition >= 0 && !delimsChanged) ? newPosition : skipDelimiters(currentPosition);
        delimsChanged = false;
        newPosition = -1;
        if (currentPosition >= maxPosition) {
            throw new NoSuchElementException();
        }
        int start = currentPosition;
        currentPosition = scanToken(currentPosition);
        return str.substring(start, currentPosition);
    }

    /** Switches to the delimiters {@code delim}, then returns the next token. */
    public String nextToken(String delim) {
        delimiters = delim;
        delimsChanged = true;
        setMaxDelimCodePoint();
        return nextToken();
    }

    /** Same as hasMoreTokens. */
    @Override public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    /** Same as nextToken. */
    @Override public Object nextElement() {
        return nextToken();
    }

    /** Number of tokens remaining with the current delimiters. */
    public int countTokens() {
        int count = 0;
        int currpos = currentPosition;
        while (currpos < maxPosition) {
            currpos = skipDelimiters(currpos);
            if (currpos >= maxPosition) {
                break;
            }
            currpos = scanToken(currpos);
            count++;
        }
        return count;
    }
}
