/*
 * @fileoverview java.security.SecureRandom over the host's cryptographic random source (the
 * native randomBytes0; Node's crypto on the Node host), like the JDK's default NativePRNG on
 * Linux. Seeding only adds to the host's entropy, so output is never reproducible — as with
 * NativePRNG. The deterministic SHA1PRNG of the SUN provider is not provided
 * (getInstance("SHA1PRNG") throws NoSuchAlgorithmException).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.security;

/** A cryptographically strong random number generator. */
public class SecureRandom extends java.util.Random {
    private static final long serialVersionUID = 4940670005562187L;

    private final String algorithm;

    /** VM: fills {@code bytes} from the host's cryptographic random source. */
    private static native void randomBytes0(byte[] bytes);

    public SecureRandom() {
        super(0);
        this.algorithm = "NativePRNG";
    }

    /** The seed supplements the host's randomness; it does not make the output reproducible. */
    public SecureRandom(byte[] seed) {
        this();
        setSeed(seed);
    }

    private SecureRandom(String algorithm) {
        super(0);
        this.algorithm = algorithm;
    }

    /** The host-backed algorithms: NativePRNG, NativePRNGBlocking, NativePRNGNonBlocking, DRBG. */
    public static SecureRandom getInstance(String algorithm) throws NoSuchAlgorithmException {
        if (algorithm == null) {
            throw new NullPointerException("null algorithm name");
        }
        switch (algorithm.toUpperCase(java.util.Locale.ROOT)) {
            case "NATIVEPRNG": case "NATIVEPRNGBLOCKING": case "NATIVEPRNGNONBLOCKING": case "DRBG":
                return new SecureRandom(algorithm);
            default:
                throw new NoSuchAlgorithmException(algorithm + " SecureRandom not available");
        }
    }

    /** The strong instance (NativePRNGBlocking on Linux). */
    public static SecureRandom getInstanceStrong() throws NoSuchAlgorithmException {
        return new SecureRandom("NativePRNGBlocking");
    }

    public String getAlgorithm() {
        return algorithm;
    }

    /** Mixing a seed into the host's pool is not observable; the call only checks its argument. */
    public void setSeed(byte[] seed) {
        if (seed == null) {
            throw new NullPointerException();
        }
    }

    /** Called by Random's constructor too; nothing to do. */
    @Override
    public void setSeed(long seed) {
    }

    @Override
    public void nextBytes(byte[] result) {
        if (result.length > 0) {
            randomBytes0(result);
        }
    }

    /** {@code numBits} random bits from freshly drawn bytes. */
    @Override
    protected final int next(int numBits) {
        int numBytes = (numBits + 7) / 8;
        byte[] b = new byte[numBytes];
        int next = 0;
        nextBytes(b);
        for (int i = 0; i < numBytes; i++) {
            next = (next << 8) + (b[i] & 0xFF);
        }
        return next >>> (numBytes * 8 - numBits);
    }

    /** {@code numBytes} fresh random bytes. */
    public byte[] generateSeed(int numBytes) {
        if (numBytes < 0) {
            throw new IllegalArgumentException("numBytes cannot be negative");
        }
        byte[] b = new byte[numBytes];
        nextBytes(b);
        return b;
    }

    /** What HotSpot's implementations print. */
    @Override
    public String toString() {
        switch (algorithm.toUpperCase(java.util.Locale.ROOT)) {
            case "NATIVEPRNGBLOCKING":
                return "Blocking";
            case "NATIVEPRNGNONBLOCKING":
                return "NonBlocking";
            case "DRBG":
                return "Hash_DRBG,SHA-256,128,reseed_only";
            default:
                return "NativePRNG";
        }
    }
}
