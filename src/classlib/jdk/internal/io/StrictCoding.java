package jdk.internal.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;

/**
 * The "report" coding java.nio.file.Files uses (where java.io replaces bad input): malformed
 * UTF-8 or US-ASCII input throws MalformedInputException with the JDK decoder's input length;
 * chars a charset cannot encode throw UnmappableCharacterException, lone surrogates
 * MalformedInputException.
 */
public final class StrictCoding {
    private StrictCoding() {
    }

    /**
     * Length of the malformed sequence starting at {@code b[i]} (0 if the sequence is well
     * formed, -n if the input ends after n bytes of a sequence that is well formed so far).
     */
    static int utf8Malformed(byte[] b, int i, int end) {
        int lead = b[i] & 0xff;
        if (lead < 0x80) {
            return 0;
        }
        int need;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            need = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            need = 3;
            if (lead == 0xE0) {
                min2 = 0xA0;
            } else if (lead == 0xED) {
                max2 = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            need = 4;
            if (lead == 0xF0) {
                min2 = 0x90;
            } else if (lead == 0xF4) {
                max2 = 0x8F;
            }
        } else {
            return 1;
        }
        for (int k = 1; k < need; k++) {
            if (i + k >= end) {
                return -k;
            }
            int c = b[i + k] & 0xff;
            boolean ok = (k == 1) ? (c >= min2 && c <= max2) : (c >= 0x80 && c <= 0xBF);
            if (!ok) {
                return k;
            }
        }
        return 0;
    }

    /** Length of a UTF-8 sequence by its (valid) lead byte. */
    static int utf8Length(int lead) {
        return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }

    /** Throws if {@code b[off, off + len)} is not well formed in {@code cs} (whole input). */
    public static void checkDecodable(byte[] b, int off, int len, Charset cs) throws CharacterCodingException {
        int end = off + len;
        if (cs == StandardCharsets.UTF_8) {
            int i = off;
            while (i < end) {
                int m = utf8Malformed(b, i, end);
                if (m > 0) {
                    throw new MalformedInputException(m);
                }
                if (m < 0) {
                    throw new MalformedInputException(end - i);
                }
                i += utf8Length(b[i] & 0xff);
            }
        } else if (cs == StandardCharsets.US_ASCII) {
            for (int i = off; i < end; i++) {
                if (b[i] < 0) {
                    throw new MalformedInputException(1);
                }
            }
        }
    }

    /** Decodes whole input strictly. */
    public static String decode(byte[] b, Charset cs) throws CharacterCodingException {
        checkDecodable(b, 0, b.length, cs);
        return new String(b, cs);
    }

    /** Encodes strictly (no replacement characters). */
    public static byte[] encode(CharSequence cs, Charset charset) throws CharacterCodingException {
        String s = cs.toString();
        int n = s.length();
        int max = (charset == StandardCharsets.US_ASCII) ? 0x7F : (charset == StandardCharsets.ISO_8859_1) ? 0xFF : 0xFFFF;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (max < 0xFFFF) {
                    throw new UnmappableCharacterException(2);
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw new MalformedInputException(1);
            }
            if (c > max) {
                throw new UnmappableCharacterException(1);
            }
        }
        return s.getBytes(charset);
    }

    /** A stream that checks UTF-8 or US-ASCII input as it passes (other charsets pass unchecked). */
    public static InputStream checking(InputStream in, Charset cs) {
        if (cs != StandardCharsets.UTF_8 && cs != StandardCharsets.US_ASCII) {
            return in;
        }
        return new CheckingInputStream(in, cs == StandardCharsets.UTF_8);
    }

    private static final class CheckingInputStream extends FilterInputStream {
        private final boolean utf8;
        /** Bytes of an incomplete sequence carried from the previous read. */
        private final byte[] carry = new byte[4];
        private int carried;

        CheckingInputStream(InputStream in, boolean utf8) {
            super(in);
            this.utf8 = utf8;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : (one[0] & 0xff);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n < 0) {
                if (carried > 0) {
                    throw new MalformedInputException(carried);
                }
                return n;
            }
            check(b, off, n);
            return n;
        }

        private void check(byte[] b, int off, int n) throws IOException {
            if (!utf8) {
                for (int i = off; i < off + n; i++) {
                    if (b[i] < 0) {
                        throw new MalformedInputException(1);
                    }
                }
                return;
            }
            byte[] buf = b;
            int start = off;
            int end = off + n;
            if (carried > 0) {
                buf = new byte[carried + n];
                System.arraycopy(carry, 0, buf, 0, carried);
                System.arraycopy(b, off, buf, carried, n);
                start = 0;
                end = buf.length;
                carried = 0;
            }
            int i = start;
            while (i < end) {
                int m = utf8Malformed(buf, i, end);
                if (m > 0) {
                    throw new MalformedInputException(m);
                }
                if (m < 0) {
                    carried = end - i;
                    System.arraycopy(buf, i, carry, 0, carried);
                    return;
                }
                i += utf8Length(buf[i] & 0xff);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            return in.skip(n);
        }
    }
}
