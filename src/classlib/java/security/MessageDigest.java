/*
 * @fileoverview java.security.MessageDigest with the algorithms of the JDK's SUN provider that
 * programs use: MD5, SHA-1, SHA-224, SHA-256, SHA-384 and SHA-512 (names case-insensitive,
 * aliases SHA, SHA1, SHA224, ...), computed in Java (DigestEngines) so that a digest in progress
 * is ordinary heap state a checkpoint captures. Argument checks and messages are HotSpot's.
 * Providers are not modelled (no getProvider, no getInstance with a provider).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.security;

import java.nio.ByteBuffer;

/** A message digest (hash) algorithm. */
public abstract class MessageDigest extends MessageDigestSpi {
    private static final int INITIAL = 0;
    private static final int IN_PROGRESS = 1;

    private final String algorithm;
    private int state = INITIAL;

    protected MessageDigest(String algorithm) {
        this.algorithm = algorithm;
    }

    /** A digest for {@code algorithm} (the name is kept as given, for getAlgorithm). */
    public static MessageDigest getInstance(String algorithm) throws NoSuchAlgorithmException {
        if (algorithm == null) {
            throw new NullPointerException("null algorithm name");
        }
        MessageDigest md = DigestEngines.create(algorithm);
        if (md == null) {
            throw new NoSuchAlgorithmException(algorithm + " MessageDigest not available");
        }
        return md;
    }

    public void update(byte input) {
        engineUpdate(input);
        state = IN_PROGRESS;
    }

    public void update(byte[] input, int offset, int len) {
        if (input == null) {
            throw new IllegalArgumentException("No input buffer given");
        }
        if (input.length - offset < len) {
            throw new IllegalArgumentException("Input buffer too short");
        }
        engineUpdate(input, offset, len);
        state = IN_PROGRESS;
    }

    public void update(byte[] input) {
        engineUpdate(input, 0, input.length);
        state = IN_PROGRESS;
    }

    public final void update(ByteBuffer input) {
        if (input == null) {
            throw new NullPointerException();
        }
        engineUpdate(input);
        state = IN_PROGRESS;
    }

    /** Finishes the computation and resets. */
    public byte[] digest() {
        byte[] result = engineDigest();
        state = INITIAL;
        return result;
    }

    /** Finishes into {@code buf} at {@code offset}; returns the number of bytes written. */
    public int digest(byte[] buf, int offset, int len) throws DigestException {
        if (buf == null) {
            throw new IllegalArgumentException("No output buffer given");
        }
        if (offset < 0 || len < 0 || offset > buf.length - len) {
            throw new IllegalArgumentException("Output buffer too small for specified offset and length");
        }
        int n = engineDigest(buf, offset, len);
        state = INITIAL;
        return n;
    }

    /** Updates with {@code input}, then finishes. */
    public byte[] digest(byte[] input) {
        update(input);
        return digest();
    }

    /** Whether two digests are equal, examining every byte of {@code digesta}. */
    public static boolean isEqual(byte[] digesta, byte[] digestb) {
        if (digesta == digestb) {
            return true;
        }
        if (digesta == null || digestb == null) {
            return false;
        }
        int lenA = digesta.length;
        int lenB = digestb.length;
        if (lenB == 0) {
            return lenA == 0;
        }
        int result = lenA - lenB;
        for (int i = 0; i < lenA; i++) {
            result |= digesta[i] ^ digestb[i % lenB];
        }
        return result == 0;
    }

    public void reset() {
        engineReset();
        state = INITIAL;
    }

    public final String getAlgorithm() {
        return algorithm;
    }

    public final int getDigestLength() {
        int n = engineGetDigestLength();
        if (n == 0) {
            try {
                MessageDigest copy = (MessageDigest) clone();
                return copy.digest().length;
            } catch (CloneNotSupportedException e) {
                return n;
            }
        }
        return n;
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        if (this instanceof Cloneable) {
            return super.clone();
        }
        throw new CloneNotSupportedException();
    }

    /** Like HotSpot: {@code "SHA-256 Message Digest from SUN, <initialized>\n"}. */
    @Override
    public String toString() {
        return algorithm + " Message Digest from SUN, "
                + (state == INITIAL ? "<initialized>" : "<in progress>") + System.lineSeparator();
    }
}
