package java.lang;

import java.nio.charset.Charset;

/**
 * Encoders and decoders between UTF-16 chars and bytes for the charsets Tern supports:
 * UTF-8, ISO-8859-1, US-ASCII and the three UTF-16 forms. They replace malformed input and
 * unmappable characters exactly as JDK 17's String constructors and getBytes do: U+FFFD when
 * decoding, '?' when encoding to a byte charset, U+FFFD when encoding a lone surrogate to
 * UTF-16. Only arrays and primitives are touched, so the code can be checked against HotSpot.
 */
final class StringCoding {
    static final int UTF_8 = 0;
    static final int ISO_8859_1 = 1;
    static final int US_ASCII = 2;
    static final int UTF_16 = 3;
    static final int UTF_16BE = 4;
    static final int UTF_16LE = 5;

    private static final char REPLACEMENT = '\uFFFD';

    private StringCoding() {
    }

    /** Maps a supported Charset to one of the constants above. */
    static int kindOf(Charset cs) {
        switch (cs.name()) {
            case "UTF-8": return UTF_8;
            case "ISO-8859-1": return ISO_8859_1;
            case "US-ASCII": return US_ASCII;
            case "UTF-16": return UTF_16;
            case "UTF-16BE": return UTF_16BE;
            case "UTF-16LE": return UTF_16LE;
            default: throw new UnsupportedOperationException("charset " + cs.name());
        }
    }

    /** Decodes {@code b[off, off + len)}; the result array has exactly the decoded length. */
    static char[] decode(int kind, byte[] b, int off, int len) {
        switch (kind) {
            case UTF_8: return decodeUtf8(b, off, len);
            case ISO_8859_1: {
                char[] out = new char[len];
                for (int i = 0; i < len; i++) {
                    out[i] = (char) (b[off + i] & 0xFF);
                }
                return out;
            }
            case US_ASCII: {
                char[] out = new char[len];
                for (int i = 0; i < len; i++) {
                    byte x = b[off + i];
                    out[i] = (x >= 0) ? (char) x : REPLACEMENT;
                }
                return out;
            }
            default: return decodeUtf16(kind, b, off, len);
        }
    }

    /** Encodes {@code v[off, off + len)}. */
    static byte[] encode(int kind, char[] v, int off, int len) {
        switch (kind) {
            case UTF_8: return encodeUtf8(v, off, len);
            case ISO_8859_1: return encodeSingleByte(v, off, len, 0xFF);
            case US_ASCII: return encodeSingleByte(v, off, len, 0x7F);
            default: return encodeUtf16(kind, v, off, len);
        }
    }

    private static boolean isContinuation(int b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * UTF-8 decoding (Unicode §3.9, Table 3-7). A malformed sequence becomes one U+FFFD and
     * decoding resumes at the first byte that cannot continue it ("maximal subpart"), as the
     * JDK does; a sequence truncated by the end of input becomes a single U+FFFD.
     */
    static char[] decodeUtf8(byte[] b, int off, int len) {
        char[] out = new char[len];
        int n = 0;
        int i = off;
        int end = off + len;
        while (i < end) {
            int b1 = b[i] & 0xFF;
            if (b1 < 0x80) {
                out[n++] = (char) b1;
                i++;
                continue;
            }
            int need;
            int min2;
            int max2;
            if (b1 >= 0xC2 && b1 <= 0xDF) {
                need = 2;
                min2 = 0x80;
                max2 = 0xBF;
            } else if (b1 >= 0xE0 && b1 <= 0xEF) {
                need = 3;
                min2 = (b1 == 0xE0) ? 0xA0 : 0x80;
                max2 = 0xBF;
            } else if (b1 >= 0xF0 && b1 <= 0xF4) {
                need = 4;
                min2 = (b1 == 0xF0) ? 0x90 : 0x80;
                max2 = (b1 == 0xF4) ? 0x8F : 0xBF;
            } else {
                out[n++] = REPLACEMENT;
                i++;
                continue;
            }
            // How many bytes after the lead are well formed (at most need - 1).
            int good = 0;
            int avail = end - i - 1;
            if (avail >= 1) {
                int b2 = b[i + 1] & 0xFF;
                if (b2 >= min2 && b2 <= max2) {
                    good = 1;
                    while (good < need - 1 && good < avail && isContinuation(b[i + 1 + good])) {
                        good++;
                    }
                }
            }
            if (good == need - 1) {
                if (need == 2) {
                    out[n++] = (char) (((b1 & 0x1F) << 6) | (b[i + 1] & 0x3F));
                } else if (need == 3) {
                    char c = (char) (((b1 & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6)
                            | (b[i + 2] & 0x3F));
                    // Encoded surrogates (ED A0..BF xx) are malformed: one U+FFFD for 3 bytes.
                    out[n++] = Character.isSurrogate(c) ? REPLACEMENT : c;
                } else {
                    int cp = ((b1 & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12)
                            | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
                    out[n++] = Character.highSurrogate(cp);
                    out[n++] = Character.lowSurrogate(cp);
                }
                i += need;
            } else if (good == avail) {
                // Truncated by the end of the input: one replacement for the rest.
                out[n++] = REPLACEMENT;
                i = end;
            } else {
                out[n++] = REPLACEMENT;
                i += 1 + good;
            }
        }
        return trim(out, n);
    }

    /** UTF-8 encoding; an unpaired surrogate becomes '?'. */
    static byte[] encodeUtf8(char[] v, int off, int len) {
        int size = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c < 0x80) {
                size += 1;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end
                    && Character.isLowSurrogate(v[i + 1])) {
                size += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                size += 1;
            } else {
                size += 3;
            }
        }
        byte[] out = new byte[size];
        int n = 0;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end
                    && Character.isLowSurrogate(v[i + 1])) {
                int cp = Character.toCodePoint(c, v[++i]);
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    /** ISO-8859-1 / US-ASCII encoding: one '?' per unmappable char or surrogate pair. */
    private static byte[] encodeSingleByte(char[] v, int off, int len, int max) {
        byte[] out = new byte[len];
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c <= max) {
                out[n++] = (byte) c;
            } else {
                if (Character.isHighSurrogate(c) && i + 1 < end
                        && Character.isLowSurrogate(v[i + 1])) {
                    i++;
                }
                out[n++] = '?';
            }
        }
        if (n == len) {
            return out;
        }
        byte[] shorter = new byte[n];
        System.arraycopy(out, 0, shorter, 0, n);
        return shorter;
    }

    /**
     * UTF-16 decoding. Plain "UTF-16" honours and drops a byte-order mark (big endian without
     * one); an odd trailing byte and unpaired surrogates become U+FFFD.
     */
    private static char[] decodeUtf16(int kind, byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        boolean little = (kind == UTF_16LE);
        if (kind == UTF_16 && len >= 2) {
            int b0 = b[off] & 0xFF;
            int b1 = b[off + 1] & 0xFF;
            if (b0 == 0xFE && b1 == 0xFF) {
                i += 2;
            } else if (b0 == 0xFF && b1 == 0xFE) {
                i += 2;
                little = true;
            }
        }
        char[] out = new char[(end - i + 1) / 2];
        int n = 0;
        while (end - i >= 2) {
            char c = unit(b, i, little);
            i += 2;
            if (Character.isHighSurrogate(c)) {
                // A high surrogate and whatever follows it form one unit of input: a valid pair,
                // or one replacement (for both units, or for everything left at the end).
                if (end - i < 2) {
                    out[n++] = REPLACEMENT;
                    return trim(out, n);
                }
                char low = unit(b, i, little);
                i += 2;
                if (Character.isLowSurrogate(low)) {
                    out[n++] = c;
                    out[n++] = low;
                } else {
                    out[n++] = REPLACEMENT;
                }
            } else if (Character.isLowSurrogate(c)) {
                out[n++] = REPLACEMENT;
            } else {
                out[n++] = c;
            }
        }
        if (i < end) {
            out[n++] = REPLACEMENT;
        }
        return trim(out, n);
    }

    private static char unit(byte[] b, int i, boolean little) {
        int hi = little ? b[i + 1] : b[i];
        int lo = little ? b[i] : b[i + 1];
        return (char) (((hi & 0xFF) << 8) | (lo & 0xFF));
    }

    /** UTF-16 encoding; "UTF-16" writes a big-endian byte-order mark first. */
    private static byte[] encodeUtf16(int kind, char[] v, int off, int len) {
        if (len == 0) {
            return new byte[0];
        }
        boolean bom = (kind == UTF_16);
        boolean little = (kind == UTF_16LE);
        byte[] out = new byte[(bom ? 2 : 0) + 2 * len];
        int n = 0;
        if (bom) {
            out[n++] = (byte) 0xFE;
            out[n++] = (byte) 0xFF;
        }
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(v[i + 1])) {
                n = putUnit(out, n, c, little);
                c = v[++i];
            } else if (Character.isSurrogate(c)) {
                c = REPLACEMENT;
            }
            n = putUnit(out, n, c, little);
        }
        return out;
    }

    private static int putUnit(byte[] out, int n, char c, boolean little) {
        out[n + (little ? 1 : 0)] = (byte) (c >> 8);
        out[n + (little ? 0 : 1)] = (byte) c;
        return n + 2;
    }

    private static char[] trim(char[] a, int n) {
        if (n == a.length) {
            return a;
        }
        char[] out = new char[n];
        System.arraycopy(a, 0, out, 0, n);
        return out;
    }
}
