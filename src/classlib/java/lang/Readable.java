package java.lang;

/** A source of characters (Reader, CharBuffer, ...), read into a CharBuffer. */
public interface Readable {
    /** Reads characters into {@code cb}; the number read, or -1 at the end of the source. */
    int read(java.nio.CharBuffer cb) throws java.io.IOException;
}
