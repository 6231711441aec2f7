package jdk.internal.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
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

    private static boolean cont(int b) {
        return (b & 0xC0) == 0x80;
    }

    /** Length of a UTF-8 sequence by its (valid) lead byte. */
    static int utf8Length(int lead) {
        return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }

    /**
     * The JDK's CharsetDecoder rules (readers, readAllLines): length of the malformed sequence
     * at {@code b[i]}, 0 if well formed, or -n when the input ends after n bytes that could
     * still start a sequence.
     */
    static int decoderMalformed(byte[] b, int i, int end) {
        int lead = b[i] & 0xff;
        if (lead < 0x80) {
            return 0;
        }
        int have = end - i;
        if (lead >= 0xC2 && lead <= 0xDF) {
            if (have < 2) {
                return -have;
            }
            return cont(b[i + 1]) ? 0 : 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            if (have >= 2) {
                int b2 = b[i + 1] & 0xff;
                if ((lead == 0xE0 && (b2 & 0xE0) == 0x80) || !cont(b2)) {
                    return 1;
                }
                if (have >= 3) {
                    if (!cont(b[i + 2])) {
                        return 2;
                    }
                    return (lead == 0xED && b2 >= 0xA0) ? 3 : 0;
                }
            }
            return -have;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            if (have >= 2) {
                int b2 = b[i + 1] & 0xff;
                if ((lead == 0xF0 && (b2 < 0x90 || b2 > 0xBF)) || (lead == 0xF4 && (b2 & 0xF0) != 0x80) || !cont(b2)) {
                    return 1;
                }
                if (have >= 3) {
                    if (!cont(b[i + 2])) {
                        return 2;
                    }
                    if (have >= 4) {
                        return cont(b[i + 3]) ? 0 : 3;
                    }
                }
            }
            return -have;
        }
        return 1;
    }

    /** The JDK's String decoding rules (Files.readString): length of the malformed sequence, or 0. */
    static int stringMalformed(byte[] b, int i, int end) {
        int lead = b[i] & 0xff;
        if (lead < 0x80) {
            return 0;
        }
        int have = end - i;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return (have >= 2 && cont(b[i + 1])) ? 0 : 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            if (have >= 3) {
                int b2 = b[i + 1] & 0xff;
                boolean bad = (lead == 0xE0 && (b2 & 0xE0) == 0x80) || !cont(b2) || !cont(b[i + 2])
                        || (lead == 0xED && b2 >= 0xA0);
                return bad ? 3 : 0;
            }
            if (have == 2) {
                int b2 = b[i + 1] & 0xff;
                return ((lead == 0xE0 && (b2 & 0xE0) == 0x80) || !cont(b2)) ? 2 : 1;
            }
            return 1;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            if (have >= 4) {
                int b2 = b[i + 1] & 0xff;
                boolean bad = !cont(b2) || !cont(b[i + 2]) || !cont(b[i + 3])
                        || (lead == 0xF0 && b2 < 0x90) || (lead == 0xF4 && b2 > 0x8F);
                return bad ? 4 : 0;
            }
            return 1;
        }
        return 1;
    }

    /** Throws like the JDK's decoder if {@code b} (whole input) is not well formed in {@code cs}. */
    public static void checkDecoder(byte[] b, Charset cs) throws CharacterCodingException {
        if (cs == StandardCharsets.UTF_8) {
            int i = 0;
            int end = b.length;
            while (i < end) {
                int m = decoderMalformed(b, i, end);
                if (m > 0) {
                    throw new MalformedInputException(m);
                }
                if (m < 0) {
                    throw new MalformedInputException(-m);
                }
                i += utf8Length(b[i] & 0xff);
            }
        } else if (cs == StandardCharsets.US_ASCII) {
            checkAscii(b, 0, b.length);
        }
    }

    private static void checkAscii(byte[] b, int off, int end) throws CharacterCodingException {
        for (int i = off; i < end; i++) {
            if (b[i] < 0) {
                throw new MalformedInputException(1);
            }
        }
    }

    /** Decodes whole input with String's rules (Files.readString). */
    public static String decode(byte[] b, Charset cs) throws CharacterCodingException {
        if (cs == StandardCharsets.UTF_8) {
            int i = 0;
            while (i < b.length) {
                int m = stringMalformed(b, i, b.length);
                if (m > 0) {
                    throw new MalformedInputException(m);
                }
                i += utf8Length(b[i] & 0xff);
            }
        } else if (cs == StandardCharsets.US_ASCII) {
            checkAscii(b, 0, b.length);
        }
        return new String(b, cs);
    }

    /**
     * Encodes strictly (no replacement characters). A lone surrogate is malformed for an encoder
     * ({@code stringRules} false: writers, Files.write of lines) but unmappable for String's
     * encoding to a Unicode charset (Files.writeString), as in the JDK.
     */
    public static byte[] encode(CharSequence cs, Charset charset, boolean stringRules) throws CharacterCodingException {
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
                if (stringRules && max == 0xFFFF) {
                    throw new UnmappableCharacterException(1);
                }
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
                int m = decoderMalformed(buf, i, end);
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

    /**
     * A writer that refuses what the charset cannot encode before the chars reach {@code out}
     * (Files.newBufferedWriter reports, as the JDK's encoder does): the chars before the bad one
     * are passed on, then MalformedInputException or UnmappableCharacterException is thrown.
     */
    public static Writer checking(Writer out, Charset cs) {
        int max = (cs == StandardCharsets.US_ASCII) ? 0x7F : (cs == StandardCharsets.ISO_8859_1) ? 0xFF : 0xFFFF;
        return new CheckingWriter(out, max);
    }

    private static final class CheckingWriter extends Writer {
        private final Writer out;
        private final int max;
        /** A high surrogate held until the next char shows whether it is paired. */
        private char pendingHigh;

        CheckingWriter(Writer out, int max) {
            super(out);
            this.out = out;
            this.max = max;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
            int start = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = cbuf[i];
                if (pendingHigh != 0) {
                    char high = pendingHigh;
                    pendingHigh = 0;
                    if (!Character.isLowSurrogate(c)) {
                        throw new MalformedInputException(1);
                    }
                    if (max < 0xFFFF) {
                        throw new UnmappableCharacterException(2);
                    }
                    out.write(high);
                    out.write(c);
                    start = i + 1;
                    continue;
                }
                if (Character.isHighSurrogate(c)) {
                    out.write(cbuf, start, i - start);
                    if (i + 1 < end) {
                        if (!Character.isLowSurrogate(cbuf[i + 1])) {
                            throw new MalformedInputException(1);
                        }
                        if (max < 0xFFFF) {
                            throw new UnmappableCharacterException(2);
                        }
                        i++;
                        start = i - 1;
                        out.write(cbuf, start, 2);
                        start = i + 1;
                    } else {
                        pendingHigh = c;
                        start = end;
                    }
                } else if (Character.isLowSurrogate(c)) {
                    out.write(cbuf, start, i - start);
                    throw new MalformedInputException(1);
                } else if (c > max) {
                    out.write(cbuf, start, i - start);
                    throw new UnmappableCharacterException(1);
                }
            }
            if (start < end) {
                out.write(cbuf, start, end - start);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                if (pendingHigh != 0) {
                    pendingHigh = 0;
                    throw new MalformedInputException(1);
                }
            } finally {
                out.close();
            }
        }
    }
}
