package java.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Incremental byte-to-char decoding for InputStreamReader. Input is cut only between complete
 * sequences (an incomplete UTF-8 sequence or UTF-16 unit/surrogate pair at the end of a chunk
 * is kept for the next one) and each piece is decoded by String's decoder, so any chunking
 * gives exactly the chars (and replacement chars) of decoding the whole input at once.
 */
final class StreamDecoder {
    private Charset charset;
    /** "UTF-16" decides its byte order from a byte-order mark at the very start. */
    private boolean detectByteOrder;
    private byte[] pending = new byte[16];
    private int pendingLength;

    StreamDecoder(Charset charset) {
        if (charset == StandardCharsets.UTF_16) {
            detectByteOrder = true;
            this.charset = StandardCharsets.UTF_16BE;
        } else {
            this.charset = charset;
        }
    }

    /** Decodes {@code b[off, off + len)} after any kept bytes; at end of input decodes all. */
    String decode(byte[] b, int off, int len, boolean endOfInput) {
        byte[] input = b;
        int start = off;
        int end = off + len;
        if (pendingLength > 0) {
            byte[] joined = new byte[pendingLength + len];
            System.arraycopy(pending, 0, joined, 0, pendingLength);
            System.arraycopy(b, off, joined, pendingLength, len);
            input = joined;
            start = 0;
            end = joined.length;
            pendingLength = 0;
        }
        if (detectByteOrder) {
            if (end - start < 2 && !endOfInput) {
                keep(input, start, end);
                return "";
            }
            detectByteOrder = false;
            if (end - start >= 2) {
                int b0 = input[start] & 0xFF;
                int b1 = input[start + 1] & 0xFF;
                if (b0 == 0xFE && b1 == 0xFF) {
                    start += 2;
                } else if (b0 == 0xFF && b1 == 0xFE) {
                    start += 2;
                    charset = StandardCharsets.UTF_16LE;
                }
            }
        }
        int keep = endOfInput ? 0 : incompleteTail(input, start, end);
        keep(input, end - keep, end);
        return new String(input, start, end - keep - start, charset);
    }

    /** True if input bytes are held back waiting for the rest of a sequence. */
    boolean hasPending() {
        return pendingLength > 0;
    }

    private void keep(byte[] b, int from, int to) {
        int n = to - from;
        if (n > pending.length) {
            pending = new byte[n];
        }
        System.arraycopy(b, from, pending, 0, n);
        pendingLength = n;
    }

    /** How many trailing bytes could still become part of a valid sequence. */
    private int incompleteTail(byte[] b, int start, int end) {
        if (charset == StandardCharsets.UTF_8) {
            return incompleteUtf8Tail(b, start, end);
        }
        if (charset == StandardCharsets.UTF_16BE || charset == StandardCharsets.UTF_16LE) {
            // Walk the units as the decoder pairs them: a high surrogate takes the next unit
            // with it (valid pair or one malformed input), so only a final unpaired high
            // surrogate, or an odd byte, is incomplete.
            int highByte = (charset == StandardCharsets.UTF_16LE) ? 1 : 0;
            int i = start;
            while (end - i >= 2) {
                int hi = b[i + highByte] & 0xFF;
                if (hi >= 0xD8 && hi <= 0xDB) {
                    if (end - i < 4) {
                        break;
                    }
                    i += 4;
                } else {
                    i += 2;
                }
            }
            return end - i;
        }
        return 0;
    }

    /** A UTF-8 lead byte followed by fewer bytes than it needs, all well formed so far. */
    private static int incompleteUtf8Tail(byte[] b, int start, int end) {
        for (int k = 1; k <= 3 && end - k >= start; k++) {
            int lead = b[end - k] & 0xFF;
            if ((lead & 0xC0) == 0x80) {
                continue;
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
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                need = 4;
                if (lead == 0xF0) {
                    min2 = 0x90;
                } else if (lead == 0xF4) {
                    max2 = 0x8F;
                }
            } else {
                return 0;
            }
            if (need <= k) {
                return 0;
            }
            if (k >= 2) {
                int b2 = b[end - k + 1] & 0xFF;
                if (b2 < min2 || b2 > max2) {
                    return 0;
                }
            }
            return k;
        }
        return 0;
    }
}
