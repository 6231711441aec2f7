/*
 * @fileoverview java.util.UUID: a 128-bit value as two longs, laid out and compared like the
 * JDK's — randomUUID (version 4 from SecureRandom), nameUUIDFromBytes (version 3 over MD5),
 * fromString with JDK 17's lenient dash-separated parsing and messages, the signed compareTo
 * HotSpot keeps for compatibility, and the version 1 (time-based) accessors.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** An immutable universally unique identifier. */
public final class UUID implements java.io.Serializable, Comparable<UUID> {
    private static final long serialVersionUID = -4856846361193249489L;

    private final long mostSigBits;
    private final long leastSigBits;

    /** The random source of randomUUID, made on first use. */
    private static final class Holder {
        static final SecureRandom numberGenerator = new SecureRandom();
    }

    public UUID(long mostSigBits, long leastSigBits) {
        this.mostSigBits = mostSigBits;
        this.leastSigBits = leastSigBits;
    }

    /** From 16 big-endian bytes. */
    private UUID(byte[] data) {
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (data[i] & 0xff);
        }
        for (int i = 8; i < 16; i++) {
            lsb = (lsb << 8) | (data[i] & 0xff);
        }
        this.mostSigBits = msb;
        this.leastSigBits = lsb;
    }

    /** A type 4 (pseudo randomly generated) UUID. */
    public static UUID randomUUID() {
        byte[] randomBytes = new byte[16];
        Holder.numberGenerator.nextBytes(randomBytes);
        randomBytes[6] &= 0x0f;
        randomBytes[6] |= 0x40;
        randomBytes[8] &= 0x3f;
        randomBytes[8] |= (byte) 0x80;
        return new UUID(randomBytes);
    }

    /** A type 3 (name based) UUID: the MD5 of {@code name} with version and variant set. */
    public static UUID nameUUIDFromBytes(byte[] name) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException nsae) {
            throw new InternalError("MD5 not supported", nsae);
        }
        byte[] md5Bytes = md.digest(name);
        md5Bytes[6] &= 0x0f;
        md5Bytes[6] |= 0x30;
        md5Bytes[8] &= 0x3f;
        md5Bytes[8] |= (byte) 0x80;
        return new UUID(md5Bytes);
    }

    /**
     * Parses the five dash-separated hex fields of {@code name}. Like JDK 17 each field may be
     * shorter (or, masked, longer) than the canonical form and may carry a '+' sign; a missing
     * field fails with the range parser's NumberFormatException.
     */
    public static UUID fromString(String name) {
        int len = name.length();
        if (len > 36) {
            throw new IllegalArgumentException("UUID string too large");
        }
        int dash1 = name.indexOf('-', 0);
        int dash2 = name.indexOf('-', dash1 + 1);
        int dash3 = name.indexOf('-', dash2 + 1);
        int dash4 = name.indexOf('-', dash3 + 1);
        int dash5 = name.indexOf('-', dash4 + 1);
        if (dash4 < 0 || dash5 >= 0) {
            throw new IllegalArgumentException("Invalid UUID string: " + name);
        }
        long msb = Long.parseLong(name, 0, dash1, 16) & 0xffffffffL;
        msb <<= 16;
        msb |= Long.parseLong(name, dash1 + 1, dash2, 16) & 0xffffL;
        msb <<= 16;
        msb |= Long.parseLong(name, dash2 + 1, dash3, 16) & 0xffffL;
        long lsb = Long.parseLong(name, dash3 + 1, dash4, 16) & 0xffffL;
        lsb <<= 48;
        lsb |= Long.parseLong(name, dash4 + 1, len, 16) & 0xffffffffffffL;
        return new UUID(msb, lsb);
    }

    public long getLeastSignificantBits() {
        return leastSigBits;
    }

    public long getMostSignificantBits() {
        return mostSigBits;
    }

    /** 1 time-based, 2 DCE security, 3 name-based, 4 random. */
    public int version() {
        return (int) ((mostSigBits >> 12) & 0x0f);
    }

    /** 0 NCS, 2 IETF (Leach-Salz), 6 Microsoft, 7 reserved: the top 1 to 3 bits of leastSigBits. */
    public int variant() {
        return (int) ((leastSigBits >>> (64 - (leastSigBits >>> 62))) & (leastSigBits >> 63));
    }

    private void requireTimeBased() {
        if (version() != 1) {
            throw new UnsupportedOperationException("Not a time-based UUID");
        }
    }

    /** The 60-bit timestamp of a version 1 UUID (100 ns units since 1582-10-15). */
    public long timestamp() {
        requireTimeBased();
        return (mostSigBits & 0x0FFFL) << 48
                | ((mostSigBits >> 16) & 0x0FFFFL) << 32
                | mostSigBits >>> 32;
    }

    /** The 14-bit clock sequence of a version 1 UUID. */
    public int clockSequence() {
        requireTimeBased();
        return (int) ((leastSigBits & 0x3FFF000000000000L) >>> 48);
    }

    /** The 48-bit node of a version 1 UUID. */
    public long node() {
        requireTimeBased();
        return leastSigBits & 0x0000FFFFFFFFFFFFL;
    }

    /** The canonical 8-4-4-4-12 lowercase hex form. */
    @Override
    public String toString() {
        char[] out = new char[36];
        hex(out, 0, mostSigBits >>> 32, 8);
        out[8] = '-';
        hex(out, 9, mostSigBits >>> 16, 4);
        out[13] = '-';
        hex(out, 14, mostSigBits, 4);
        out[18] = '-';
        hex(out, 19, leastSigBits >>> 48, 4);
        out[23] = '-';
        hex(out, 24, leastSigBits, 12);
        return new String(out);
    }

    /** Writes the low {@code digits} hex digits of {@code v} at {@code at}. */
    private static void hex(char[] out, int at, long v, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = Character.forDigit((int) (v & 0xf), 16);
            v >>>= 4;
        }
    }

    @Override
    public int hashCode() {
        long hilo = mostSigBits ^ leastSigBits;
        return ((int) (hilo >> 32)) ^ (int) hilo;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof UUID)) {
            return false;
        }
        UUID id = (UUID) obj;
        return mostSigBits == id.mostSigBits && leastSigBits == id.leastSigBits;
    }

    /**
     * Orders by the most, then the least significant bits compared as SIGNED longs — not the
     * unsigned order of the string forms; HotSpot keeps this for compatibility.
     */
    @Override
    public int compareTo(UUID val) {
        int c = Long.compare(mostSigBits, val.mostSigBits);
        return c != 0 ? c : Long.compare(leastSigBits, val.leastSigBits);
    }
}
