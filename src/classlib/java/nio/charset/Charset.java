package java.nio.charset;

/**
 * A named character encoding. Tern supports exactly the six standard charsets (see
 * StandardCharsets); the coders live in java.lang.StringCoding and are reached through
 * String's constructors and getBytes. There are no CharsetEncoder/Decoder objects yet.
 */
public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;

    private static volatile Charset defaultCharset;

    protected Charset(String canonicalName, String[] aliases) {
        checkName(canonicalName);
        String[] copy = (aliases == null) ? new String[0] : aliases.clone();
        for (String alias : copy) {
            checkName(alias);
        }
        this.name = canonicalName;
        this.aliases = copy;
    }

    /** Legal names: letters, digits, '-', '+', ':', '_', '.', starting with a letter or digit. */
    private static void checkName(String s) {
        int n = s.length();
        if (n == 0) {
            throw new IllegalCharsetNameException(s);
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (i > 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.'));
            if (!ok) {
                throw new IllegalCharsetNameException(s);
            }
        }
    }

    /** Finds a supported charset by canonical name or alias (case-insensitive), or null. */
    private static Charset lookup(String charsetName) {
        if (charsetName == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        for (Charset cs : StandardCharsets.ALL) {
            if (cs.name.equalsIgnoreCase(charsetName)) {
                return cs;
            }
            for (String alias : cs.aliases) {
                if (alias.equalsIgnoreCase(charsetName)) {
                    return cs;
                }
            }
        }
        checkName(charsetName);
        return null;
    }

    /** The charset named {@code charsetName}; unknown names throw UnsupportedCharsetException. */
    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs == null) {
            throw new UnsupportedCharsetException(charsetName);
        }
        return cs;
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    /** The charset of the file.encoding property, UTF-8 if absent or unsupported. */
    public static Charset defaultCharset() {
        Charset cs = defaultCharset;
        if (cs == null) {
            String name = System.getProperty("file.encoding");
            try {
                cs = (name == null) ? null : lookup(name);
            } catch (IllegalArgumentException e) {
                cs = null;
            }
            if (cs == null) {
                cs = StandardCharsets.UTF_8;
            }
            defaultCharset = cs;
        }
        return cs;
    }

    /** The canonical name. */
    public final String name() {
        return name;
    }

    public String displayName() {
        return name;
    }

    public final boolean isRegistered() {
        return !name.startsWith("X-") && !name.startsWith("x-");
    }

    /** Every supported charset can encode. */
    public boolean canEncode() {
        return true;
    }

    /** Decodes the remaining bytes of bb (malformed input replaced, as the JDK's convenience method does). */
    public final java.nio.CharBuffer decode(java.nio.ByteBuffer bb) {
        byte[] bytes = new byte[bb.remaining()];
        bb.get(bytes);
        return java.nio.CharBuffer.wrap(new String(bytes, this).toCharArray());
    }

    /** Encodes the remaining chars of cb (unmappable input replaced). */
    public final java.nio.ByteBuffer encode(java.nio.CharBuffer cb) {
        String s = cb.toString();
        cb.position(cb.limit());
        return java.nio.ByteBuffer.wrap(s.getBytes(this));
    }

    public final java.nio.ByteBuffer encode(String str) {
        return java.nio.ByteBuffer.wrap(str.getBytes(this));
    }

    @Override
    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    @Override
    public final int hashCode() {
        return name().hashCode();
    }

    @Override
    public final boolean equals(Object ob) {
        return this == ob || (ob instanceof Charset && name.equals(((Charset) ob).name()));
    }

    @Override
    public final String toString() {
        return name();
    }
}
