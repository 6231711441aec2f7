/*
 * @fileoverview String properties with defaults and the .properties text format (load only).
 * Unlike the JDK 17 class, which keeps its entries in an internal ConcurrentHashMap, entries
 * live in the inherited Hashtable, so toString/iteration order follows Hashtable's.
 * stringPropertyNames and propertyNames collect into a HashMap and a Hashtable as the JDK does.
 * store, the XML methods and list(PrintWriter) are not provided.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;

/** A persistent-format set of string key/value pairs with optional defaults. */
public class Properties extends Hashtable<Object, Object> {
    /** Consulted by getProperty for keys missing here. */
    protected volatile Properties defaults;

    /** An empty property list without defaults. */
    public Properties() {
        this(null, 8);
    }

    /** An empty property list sized for {@code initialCapacity} entries. */
    public Properties(int initialCapacity) {
        this(null, initialCapacity);
    }

    /** An empty property list backed by {@code defaults}. */
    public Properties(Properties defaults) {
        this(defaults, 8);
    }

    private Properties(Properties defaults, int initialCapacity) {
        super(initialCapacity);
        this.defaults = defaults;
    }

    /** Same as put(key, value), restricted to strings. */
    public synchronized Object setProperty(String key, String value) {
        return put(key, value);
    }

    /** The string value of {@code key} here or in the defaults, or null. */
    public String getProperty(String key) {
        Object oval = get(key);
        String sval = (oval instanceof String) ? (String) oval : null;
        Properties defaults;
        return ((sval == null) && ((defaults = this.defaults) != null)) ? defaults.getProperty(key) : sval;
    }

    /** getProperty(key), or {@code defaultValue} when absent. */
    public String getProperty(String key, String defaultValue) {
        String val = getProperty(key);
        return (val == null) ? defaultValue : val;
    }

    /** All keys, including those of the defaults. */
    public Enumeration<?> propertyNames() {
        Hashtable<String, Object> h = new Hashtable<>();
        enumerate(h);
        return h.keys();
    }

    /** The keys whose key and value are strings, including the defaults (unmodifiable). */
    public Set<String> stringPropertyNames() {
        Map<String, String> h = new HashMap<>();
        enumerateStringProperties(h);
        return Collections.unmodifiableSet(h.keySet());
    }

    /** Prints "key=value" lines (values cut to 40 chars) after a header line. */
    public void list(PrintStream out) {
        out.println("-- listing properties --");
        Map<String, Object> h = new HashMap<>();
        enumerate(h);
        for (Map.Entry<String, Object> e : h.entrySet()) {
            String key = e.getKey();
            String val = (String) e.getValue();
            if (val.length() > 40) {
                val = val.substring(0, 37) + "...";
            }
            out.println(key + "=" + val);
        }
    }

    private void enumerate(Map<String, Object> h) {
        if (defaults != null) {
            defaults.enumerate(h);
        }
        for (Map.Entry<Object, Object> e : entrySet()) {
            String key = (String) e.getKey();
            h.put(key, e.getValue());
        }
    }

    private void enumerateStringProperties(Map<String, String> h) {
        if (defaults != null) {
            defaults.enumerateStringProperties(h);
        }
        for (Map.Entry<Object, Object> e : entrySet()) {
            Object k = e.getKey();
            Object v = e.getValue();
            if (k instanceof String && v instanceof String) {
                h.put((String) k, (String) v);
            }
        }
    }

    /** Reads properties in the line-oriented .properties format. */
    public synchronized void load(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader parameter is null");
        StringBuilder text = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = reader.read(buf, 0, buf.length)) >= 0; ) {
            text.append(buf, 0, n);
        }
        load0(text);
    }

    /** Reads properties in the .properties format from ISO 8859-1 bytes. */
    public synchronized void load(InputStream inStream) throws IOException {
        Objects.requireNonNull(inStream, "inStream parameter is null");
        StringBuilder text = new StringBuilder();
        byte[] buf = new byte[8192];
        for (int n; (n = inStream.read(buf, 0, buf.length)) >= 0; ) {
            for (int i = 0; i < n; i++) {
                text.append((char) (buf[i] & 0xff));
            }
        }
        load0(text);
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** Parses logical lines (comments, continuations, separators, escapes). */
    private void load0(CharSequence in) {
        int pos = 0;
        int len = in.length();
        StringBuilder line = new StringBuilder();
        while (pos < len) {
            // skip leading whitespace and blank lines of a new logical line
            char c = in.charAt(pos);
            if (isWhitespace(c) || c == '\n' || c == '\r') {
                pos++;
                continue;
            }
            if (c == '#' || c == '!') {
                while (pos < len && in.charAt(pos) != '\n' && in.charAt(pos) != '\r') {
                    pos++;
                }
                continue;
            }
            line.setLength(0);
            while (true) {
                int start = pos;
                while (pos < len && in.charAt(pos) != '\n' && in.charAt(pos) != '\r') {
                    pos++;
                }
                int end = pos;
                if (pos < len && in.charAt(pos) == '\r' && pos + 1 < len && in.charAt(pos + 1) == '\n') {
                    pos += 2;
                } else if (pos < len) {
                    pos++;
                }
                int backslashes = 0;
                for (int i = end - 1; i >= start && in.charAt(i) == '\\'; i--) {
                    backslashes++;
                }
                if ((backslashes & 1) == 0) {
                    line.append(in, start, end);
                    break;
                }
                // continuation: drop the backslash and the next line's leading whitespace
                line.append(in, start, end - 1);
                while (pos < len && isWhitespace(in.charAt(pos))) {
                    pos++;
                }
                if (pos >= len) {
                    break;
                }
            }
            parseLine(line);
        }
    }

    private void parseLine(StringBuilder line) {
        int limit = line.length();
        int keyLen = 0;
        int valueStart = limit;
        boolean hasSep = false;
        boolean precedingBackslash = false;
        while (keyLen < limit) {
            char c = line.charAt(keyLen);
            if ((c == '=' || c == ':') && !precedingBackslash) {
                valueStart = keyLen + 1;
                hasSep = true;
                break;
            } else if (isWhitespace(c) && !precedingBackslash) {
                valueStart = keyLen + 1;
                break;
            }
            precedingBackslash = (c == '\\') && !precedingBackslash;
            keyLen++;
        }
        while (valueStart < limit) {
            char c = line.charAt(valueStart);
            if (!isWhitespace(c)) {
                if (!hasSep && (c == '=' || c == ':')) {
                    hasSep = true;
                } else {
                    break;
                }
            }
            valueStart++;
        }
        String key = unescape(line, 0, keyLen);
        String value = unescape(line, valueStart, limit);
        put(key, value);
    }

    /** Decodes \\uXXXX, \\t, \\n, \\r, \\f and \\x (for any other x) in s[from, to). */
    private static String unescape(CharSequence s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i >= to) {
                break;
            }
            c = s.charAt(i++);
            if (c == 'u') {
                if (i + 4 > to) {
                    throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                }
                int value = 0;
                for (int k = 0; k < 4; k++) {
                    int d = Character.digit(s.charAt(i++), 16);
                    if (d < 0) {
                        throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                    }
                    value = (value << 4) + d;
                }
                out.append((char) value);
            } else if (c == 't') {
                out.append('\t');
            } else if (c == 'r') {
                out.append('\r');
            } else if (c == 'n') {
                out.append('\n');
            } else if (c == 'f') {
                out.append('\f');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
