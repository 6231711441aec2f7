package java.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Incremental char-to-byte encoding for PrintStream, OutputStreamWriter and PrintWriter. A
 * high surrogate at the end of one write is held until the next, so a pair split across two
 * print calls still encodes as one character (as the JDK's stream encoder does); "UTF-16"
 * writes its byte-order mark once, at the start of the stream.
 */
final class StreamEncoder {
    private final Charset charset;
    private boolean needByteOrderMark;
    /** A held high surrogate, or 0. */
    private char leftover;

    StreamEncoder(Charset charset) {
        if (charset == StandardCharsets.UTF_16) {
            needByteOrderMark = true;
            this.charset = StandardCharsets.UTF_16BE;
        } else {
            this.charset = charset;
        }
    }

    /** Encodes {@code s}; the bytes may omit a trailing high surrogate (held back). */
    byte[] encode(String s) {
        int n = s.length();
        if (leftover == 0 && (n == 0 || !Character.isHighSurrogate(s.charAt(n - 1)))) {
            return mark(s.getBytes(charset), n > 0);
        }
        char[] chars = new char[n + (leftover != 0 ? 1 : 0)];
        int i = 0;
        if (leftover != 0) {
            chars[i++] = leftover;
        }
        s.getChars(0, n, chars, i);
        return encode(chars, 0, chars.length, true);
    }

    /** Encodes {@code c[off, off + len)} (holding back a trailing high surrogate). */
    byte[] encode(char[] c, int off, int len) {
        return encode(c, off, len, false);
    }

    private byte[] encode(char[] c, int off, int len, boolean leftoverIncluded) {
        char[] chars = c;
        int start = off;
        int end = off + len;
        if (!leftoverIncluded && leftover != 0) {
            chars = new char[len + 1];
            chars[0] = leftover;
            System.arraycopy(c, off, chars, 1, len);
            start = 0;
            end = len + 1;
        }
        boolean any = end > start;
        leftover = 0;
        if (end > start && Character.isHighSurrogate(chars[end - 1])) {
            leftover = chars[--end];
        }
        return mark(new String(chars, start, end - start).getBytes(charset), any);
    }

    /** The bytes of a held surrogate (encoded as unmappable), for close. */
    byte[] flushLeftover() {
        if (leftover == 0) {
            return new byte[0];
        }
        String s = String.valueOf(leftover);
        leftover = 0;
        return mark(s.getBytes(charset), true);
    }

    /** Prefixes the byte-order mark once, as soon as any char (even a held one) was seen. */
    private byte[] mark(byte[] bytes, boolean sawChars) {
        if (!needByteOrderMark || !sawChars) {
            return bytes;
        }
        needByteOrderMark = false;
        byte[] out = new byte[bytes.length + 2];
        out[0] = (byte) 0xFE;
        out[1] = (byte) 0xFF;
        System.arraycopy(bytes, 0, out, 2, bytes.length);
        return out;
    }

    /**
     * The charset a java.io constructor names (InputStreamReader, OutputStreamWriter, PrintStream,
     * PrintWriter): NullPointerException("charsetName") for null, UnsupportedEncodingException for
     * an unknown or illegal name.
     */
    static Charset charsetForName(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        try {
            return Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    /** The JDK's historical name of the charset (InputStreamReader.getEncoding). */
    static String historicalName(Charset cs) {
        switch (cs.name()) {
            case "UTF-8": return "UTF8";
            case "ISO-8859-1": return "ISO8859_1";
            case "US-ASCII": return "ASCII";
            case "UTF-16BE": return "UnicodeBigUnmarked";
            case "UTF-16LE": return "UnicodeLittleUnmarked";
            default: return cs.name();
        }
    }
}
