package java.nio.charset;

/** The six charsets every Java implementation supports (and the only ones Tern supports). */
public final class StandardCharsets {
    public static final Charset US_ASCII = new Standard("US-ASCII", new String[] {
        "iso-ir-6", "ANSI_X3.4-1986", "ISO_646.irv:1991", "ASCII", "ISO646-US", "us", "IBM367",
        "cp367", "csASCII", "default", "646", "iso_646.irv:1983", "ANSI_X3.4-1968", "ascii7"});
    public static final Charset ISO_8859_1 = new Standard("ISO-8859-1", new String[] {
        "iso-ir-100", "ISO_8859-1", "latin1", "l1", "IBM819", "cp819", "csISOLatin1", "819",
        "IBM-819", "ISO8859_1", "ISO_8859-1:1987", "ISO_8859_1", "8859_1", "ISO8859-1"});
    public static final Charset UTF_8 = new Standard("UTF-8", new String[] {
        "UTF8", "unicode-1-1-utf-8"});
    public static final Charset UTF_16BE = new Standard("UTF-16BE", new String[] {
        "UTF_16BE", "ISO-10646-UCS-2", "X-UTF-16BE", "UnicodeBigUnmarked"});
    public static final Charset UTF_16LE = new Standard("UTF-16LE", new String[] {
        "UTF_16LE", "X-UTF-16LE", "UnicodeLittleUnmarked"});
    public static final Charset UTF_16 = new Standard("UTF-16", new String[] {
        "UTF_16", "utf16", "unicode", "UnicodeBig"});

    /** Lookup order for Charset.forName. */
    static final Charset[] ALL = {UTF_8, ISO_8859_1, US_ASCII, UTF_16, UTF_16BE, UTF_16LE};

    private StandardCharsets() {
    }

    /** The concrete class of the standard charsets. */
    private static final class Standard extends Charset {
        Standard(String canonicalName, String[] aliases) {
            super(canonicalName, aliases);
        }
    }
}
