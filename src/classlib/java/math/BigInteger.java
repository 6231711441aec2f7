package java.math;

import java.util.Random;

/**
 * Immutable arbitrary-precision integers.
 *
 * <p>The state is a sign and a magnitude of big-endian 32-bit words ({@code mag[0]} most
 * significant, never a leading zero word; zero has an empty magnitude), held in the Java heap so
 * that a checkpoint captures it. Heavy arithmetic goes to natives (src/natives/java/math) that
 * work on magnitudes only; signs, checks and exception messages are here. Values that fit in
 * one word take long-arithmetic fast paths.
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    private static final long LONG_MASK = 0xffffffffL;
    private static final int[] NO_WORDS = new int[0];

    /** -1, 0 or 1. */
    final int signum;
    /** Magnitude, big-endian words, no leading zero word. */
    final int[] mag;

    private static final BigInteger[] POS_CACHE = new BigInteger[17];
    private static final BigInteger[] NEG_CACHE = new BigInteger[17];

    static {
        for (int i = 1; i <= 16; i++) {
            POS_CACHE[i] = new BigInteger(new int[] {i}, 1);
            NEG_CACHE[i] = new BigInteger(new int[] {i}, -1);
        }
    }

    public static final BigInteger ZERO = new BigInteger(NO_WORDS, 0);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);
    private static final BigInteger NEGATIVE_ONE = valueOf(-1);

    /** Trusted: {@code mag} normalized, {@code signum} consistent. */
    BigInteger(int[] mag, int signum) {
        this.mag = mag;
        this.signum = mag.length == 0 ? 0 : signum;
    }

    /** The value sign * mag (mag normalized). */
    static BigInteger of(int sign, int[] mag) {
        return mag.length == 0 ? ZERO : new BigInteger(mag, sign);
    }

    // ---- construction ----

    public BigInteger(String val) {
        this(val, 10);
    }

    public BigInteger(String val, int radix) {
        int len = val.length();
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("Radix out of range");
        }
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int sign = 1;
        int minus = val.lastIndexOf('-');
        int plus = val.lastIndexOf('+');
        int cursor = 0;
        if (minus >= 0) {
            if (minus != 0 || plus >= 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            sign = -1;
            cursor = 1;
        } else if (plus >= 0) {
            if (plus != 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            cursor = 1;
        }
        if (cursor == len) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        while (cursor < len && Character.digit(val.charAt(cursor), radix) == 0) {
            cursor++;
        }
        if (cursor == len) {
            this.signum = 0;
            this.mag = NO_WORDS;
            return;
        }
        boolean ascii = true;
        for (int i = cursor; i < len; i++) {
            char c = val.charAt(i);
            if (Character.digit(c, radix) < 0) {
                reportBadDigits(val, cursor, radix);
            }
            if (c >= 0x80) {
                ascii = false;
            }
        }
        String digits = val.substring(cursor);
        if (!ascii) {
            char[] norm = new char[len - cursor];
            for (int i = cursor; i < len; i++) {
                norm[i - cursor] = Character.forDigit(Character.digit(val.charAt(i), radix), radix);
            }
            digits = new String(norm);
        }
        int[] m = parse0(digits, radix);
        this.mag = m;
        this.signum = m.length == 0 ? 0 : sign;
    }

    /**
     * Throws the JDK's exception for an invalid digit: the digits are read in groups of as many
     * as fit an int (the first group shorter), each parsed by Integer.parseInt, whose message
     * names the offending group.
     */
    private static void reportBadDigits(String val, int cursor, int radix) {
        int per = digitsPerInt(radix);
        int numDigits = val.length() - cursor;
        int first = numDigits % per;
        if (first == 0) {
            first = per;
        }
        int end = cursor + first;
        while (true) {
            int v = Integer.parseInt(val.substring(cursor, end), radix);
            if (v < 0) {
                throw new NumberFormatException("Illegal digit");
            }
            if (end >= val.length()) {
                break;
            }
            cursor = end;
            end = cursor + per;
        }
        throw new NumberFormatException("Illegal digit");
    }

    /** The largest k with radix^k < 2^31. */
    private static int digitsPerInt(int radix) {
        int k = 0;
        long p = 1;
        while (p * radix < (1L << 31)) {
            p *= radix;
            k++;
        }
        return k;
    }

    public BigInteger(byte[] val) {
        this(val, 0, val.length);
    }

    public BigInteger(byte[] val, int off, int len) {
        checkRange(val, off, len);
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        if (val[off] < 0) {
            // Two's complement negative: magnitude = ~bytes + 1.
            byte[] neg = new byte[len];
            int carry = 1;
            for (int i = len - 1; i >= 0; i--) {
                int b = (~val[off + i] & 0xff) + carry;
                neg[i] = (byte) b;
                carry = b >>> 8;
            }
            // ~b + 1 of a value with its top bit set never carries out.
            int[] m = bytesToMag(neg, 0, len);
            this.mag = m;
            this.signum = -1;
        } else {
            int[] m = bytesToMag(val, off, len);
            this.mag = m;
            this.signum = m.length == 0 ? 0 : 1;
        }
    }

    public BigInteger(int signum, byte[] magnitude) {
        this(signum, magnitude, 0, magnitude.length);
    }

    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        if (signum < -1 || signum > 1) {
            throw new NumberFormatException("Invalid signum value");
        }
        checkRange(magnitude, off, len);
        int[] m = bytesToMag(magnitude, off, len);
        if (m.length == 0) {
            this.signum = 0;
        } else {
            if (signum == 0) {
                throw new NumberFormatException("signum-magnitude mismatch");
            }
            this.signum = signum;
        }
        this.mag = m;
    }

    private static void checkRange(byte[] val, int off, int len) {
        if (off < 0 || len < 0 || off > val.length - len) {
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len
                    + ") out of bounds for length " + val.length);
        }
    }

    public BigInteger(int numBits, Random rnd) {
        int[] m = stripZeros(bytesToWords(randomBits(numBits, rnd)));
        this.mag = m;
        this.signum = m.length == 0 ? 0 : 1;
    }

    public BigInteger(int bitLength, int certainty, Random rnd) {
        if (bitLength < 2) {
            throw new ArithmeticException("bitLength < 2");
        }
        BigInteger p = bitLength < SMALL_PRIME_THRESHOLD ? smallPrime(bitLength, certainty, rnd)
                : largePrime(bitLength, certainty, rnd);
        this.mag = p.mag;
        this.signum = p.signum;
    }

    /** numBits random bits from rnd.nextBytes, most significant byte first (the JDK's draw). */
    private static byte[] randomBits(int numBits, Random rnd) {
        if (numBits < 0) {
            throw new IllegalArgumentException("numBits must be non-negative");
        }
        int numBytes = (int) (((long) numBits + 7) / 8);
        byte[] bits = new byte[numBytes];
        if (numBytes > 0) {
            rnd.nextBytes(bits);
            int excess = 8 * numBytes - numBits;
            bits[0] &= (byte) ((1 << (8 - excess)) - 1);
        }
        return bits;
    }

    private static int[] bytesToWords(byte[] b) {
        return bytesToMagRaw(b, 0, b.length);
    }

    /** Big-endian unsigned bytes to a normalized magnitude. */
    private static int[] bytesToMag(byte[] b, int off, int len) {
        return stripZeros(bytesToMagRaw(b, off, len));
    }

    private static int[] bytesToMagRaw(byte[] b, int off, int len) {
        int n = (len + 3) >>> 2;
        int[] w = new int[n];
        int bi = off + len - 1;
        for (int i = n - 1; i >= 0; i--) {
            int v = 0;
            for (int shift = 0; shift < 32 && bi >= off; shift += 8) {
                v |= (b[bi--] & 0xff) << shift;
            }
            w[i] = v;
        }
        return w;
    }

    /** Drops leading zero words (returns the same array when there are none). */
    private static int[] stripZeros(int[] w) {
        int i = 0;
        while (i < w.length && w[i] == 0) {
            i++;
        }
        if (i == 0) {
            return w;
        }
        int[] r = new int[w.length - i];
        System.arraycopy(w, i, r, 0, r.length);
        return r;
    }

    public static BigInteger valueOf(long val) {
        if (val == 0) {
            return ZERO;
        }
        if (val > 0 && val <= 16) {
            return POS_CACHE[(int) val];
        }
        if (val < 0 && val >= -16) {
            return NEG_CACHE[(int) -val];
        }
        if (val > 0) {
            return new BigInteger(magOfUnsigned(val), 1);
        }
        return new BigInteger(magOfUnsigned(-val), -1);
    }

    /** Magnitude of the unsigned 64-bit value {@code v} (Long.MIN_VALUE reads as 2^63). */
    private static int[] magOfUnsigned(long v) {
        int hi = (int) (v >>> 32);
        if (hi == 0) {
            return v == 0 ? NO_WORDS : new int[] {(int) v};
        }
        return new int[] {hi, (int) v};
    }

    /** Bits of the magnitude when it has at most two words, else 64 (callers test for less). */
    private int smallBits() {
        if (mag.length > 2) {
            return 64;
        }
        return bitLengthMag();
    }

    /** The magnitude as a long; only when smallBits() < 64. */
    private long magLong() {
        if (mag.length == 0) {
            return 0;
        }
        if (mag.length == 1) {
            return mag[0] & LONG_MASK;
        }
        return ((long) mag[0] << 32) | (mag[1] & LONG_MASK);
    }

    private static BigInteger ofUnsigned(int sign, long v) {
        if (v == 0) {
            return ZERO;
        }
        if (v > 0 && v <= 16) {
            return sign > 0 ? POS_CACHE[(int) v] : NEG_CACHE[(int) v];
        }
        return new BigInteger(magOfUnsigned(v), sign);
    }

    /**
     * A probable prime of exactly {@code bitLength} bits. The search consumes {@code rnd} the way
     * HotSpot's does (same candidates, same Miller-Rabin bases), so a seeded Random gives the
     * same primes: below 95 bits random odd candidates pre-tested against the primes 3..41,
     * otherwise a sieved window of odd numbers above a random even start.
     */
    public static BigInteger probablePrime(int bitLength, Random rnd) {
        if (bitLength < 2) {
            throw new ArithmeticException("bitLength < 2");
        }
        return bitLength < SMALL_PRIME_THRESHOLD ? smallPrime(bitLength, DEFAULT_CERTAINTY, rnd)
                : largePrime(bitLength, DEFAULT_CERTAINTY, rnd);
    }

    private static final int SMALL_PRIME_THRESHOLD = 95;
    private static final int DEFAULT_CERTAINTY = 100;
    /** 3 * 5 * 7 * ... * 41. */
    private static final long SMALL_PRIME_PRODUCT = 3L * 5 * 7 * 11 * 13 * 17 * 19 * 23 * 29 * 31 * 37 * 41;

    private static BigInteger smallPrime(int bitLength, int certainty, Random rnd) {
        int magLen = (bitLength + 31) >>> 5;
        int highBit = 1 << ((bitLength + 31) & 0x1f);
        int highMask = (highBit << 1) - 1;
        BigInteger product = valueOf(SMALL_PRIME_PRODUCT);
        while (true) {
            int[] w = new int[magLen];
            for (int i = 0; i < magLen; i++) {
                w[i] = rnd.nextInt();
            }
            w[0] = (w[0] & highMask) | highBit;
            if (bitLength > 2) {
                w[magLen - 1] |= 1;
            }
            BigInteger p = new BigInteger(w, 1);
            if (bitLength > 6) {
                long r = p.remainder(product).longValue();
                if (r % 3 == 0 || r % 5 == 0 || r % 7 == 0 || r % 11 == 0 || r % 13 == 0 || r % 17 == 0
                        || r % 19 == 0 || r % 23 == 0 || r % 29 == 0 || r % 31 == 0 || r % 37 == 0 || r % 41 == 0) {
                    continue;
                }
            }
            if (bitLength < 4) {
                return p;
            }
            if (p.primeToCertainty(certainty, rnd)) {
                return p;
            }
        }
    }

    private static BigInteger largePrime(int bitLength, int certainty, Random rnd) {
        BigInteger p = new BigInteger(bitLength, rnd).setBit(bitLength - 1).clearBit(0);
        int searchLen = bitLength / 20 * 64;
        BigInteger c = searchWindow(p, searchLen, certainty, rnd);
        while (c == null || c.bitLength() != bitLength) {
            p = p.add(valueOf(2L * searchLen));
            if (p.bitLength() != bitLength) {
                p = new BigInteger(bitLength, rnd).setBit(bitLength - 1);
            }
            p = p.clearBit(0);
            c = searchWindow(p, searchLen, certainty, rnd);
        }
        return c;
    }

    /** The first of base+1, base+3, ... (searchLen of them) with no odd prime factor below 19201 that passes. */
    private static BigInteger searchWindow(BigInteger base, int searchLen, int certainty, Random rnd) {
        boolean[] composite = new boolean[searchLen];
        for (int q : SievePrimes.PRIMES) {
            int r = base.remainder(valueOf(q)).intValue();
            int start = q - r;
            if (start % 2 == 0) {
                start += q;
            }
            for (int i = (start - 1) / 2; i < searchLen; i += q) {
                composite[i] = true;
            }
        }
        for (int i = 0; i < searchLen; i++) {
            if (!composite[i]) {
                BigInteger c = base.add(valueOf(2L * i + 1));
                if (c.primeToCertainty(certainty, rnd)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The odd primes below 19201, built on first use. */
    private static final class SievePrimes {
        static final int[] PRIMES;

        static {
            int limit = 19201;
            boolean[] comp = new boolean[limit];
            int count = 0;
            for (int i = 3; i < limit; i += 2) {
                if (!comp[i]) {
                    count++;
                    for (long j = (long) i * i; j < limit; j += 2L * i) {
                        comp[(int) j] = true;
                    }
                }
            }
            PRIMES = new int[count];
            for (int i = 3, k = 0; i < limit; i += 2) {
                if (!comp[i]) {
                    PRIMES[k++] = i;
                }
            }
        }
    }

    /** Miller-Rabin rounds by size (random bases from rnd), then a deterministic check for large values. */
    private boolean primeToCertainty(int certainty, Random rnd) {
        int n = (Math.min(certainty, Integer.MAX_VALUE - 1) + 1) / 2;
        int bits = bitLength();
        if (bits < 100) {
            return passesMillerRabin(Math.min(n, 50), rnd);
        }
        int rounds = bits < 256 ? 27 : bits < 512 ? 15 : bits < 768 ? 8 : bits < 1024 ? 4 : 2;
        // HotSpot follows with a Lucas-Lehmer test, which draws nothing from rnd.
        return passesMillerRabin(Math.min(n, rounds), rnd) && isProbablePrime0(mag);
    }

    private boolean passesMillerRabin(int iterations, Random rnd) {
        BigInteger nm1 = subtract(ONE);
        int a = nm1.getLowestSetBit();
        BigInteger m = nm1.shiftRight(a);
        int bits = bitLength();
        for (int i = 0; i < iterations; i++) {
            BigInteger b;
            do {
                b = new BigInteger(bits, rnd);
            } while (b.compareTo(ONE) <= 0 || b.compareTo(this) >= 0);
            BigInteger z = b.modPow(m, this);
            if (z.equals(ONE) || z.equals(nm1)) {
                continue;
            }
            boolean witnessFails = false;
            for (int j = 1; j < a; j++) {
                z = z.multiply(z).mod(this);
                if (z.equals(nm1)) {
                    witnessFails = true;
                    break;
                }
                if (z.equals(ONE)) {
                    break;
                }
            }
            if (!witnessFails) {
                return false;
            }
        }
        return true;
    }

    // ---- arithmetic ----

    public BigInteger add(BigInteger val) {
        if (val.signum == 0) {
            return this;
        }
        if (signum == 0) {
            return val;
        }
        if (smallBits() <= 62 && val.smallBits() <= 62) {
            return valueOf(signum * magLong() + val.signum * val.magLong());
        }
        if (signum == val.signum) {
            return new BigInteger(addMag0(mag, val.mag), signum);
        }
        int cmp = compareMag(mag, val.mag);
        if (cmp == 0) {
            return ZERO;
        }
        return cmp > 0 ? new BigInteger(subMag0(mag, val.mag), signum)
                : new BigInteger(subMag0(val.mag, mag), val.signum);
    }

    public BigInteger subtract(BigInteger val) {
        if (val.signum == 0) {
            return this;
        }
        if (signum == 0) {
            return val.negate();
        }
        if (smallBits() <= 62 && val.smallBits() <= 62) {
            return valueOf(signum * magLong() - val.signum * val.magLong());
        }
        if (signum != val.signum) {
            return new BigInteger(addMag0(mag, val.mag), signum);
        }
        int cmp = compareMag(mag, val.mag);
        if (cmp == 0) {
            return ZERO;
        }
        return cmp > 0 ? new BigInteger(subMag0(mag, val.mag), signum)
                : new BigInteger(subMag0(val.mag, mag), -signum);
    }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) {
            return ZERO;
        }
        int sign = signum * val.signum;
        if (smallBits() + val.smallBits() <= 64) {
            // Both fit a long and the unsigned product fits 64 bits.
            return ofUnsigned(sign, magLong() * val.magLong());
        }
        return new BigInteger(mulMag0(mag, val.mag), sign);
    }

    private static void checkDivisor(BigInteger val) {
        if (val.signum == 0) {
            throw new ArithmeticException("BigInteger divide by zero");
        }
    }

    public BigInteger divide(BigInteger val) {
        checkDivisor(val);
        if (signum == 0 || compareMag(mag, val.mag) < 0) {
            return ZERO;
        }
        int sign = signum * val.signum;
        if (smallBits() < 64) {
            return ofUnsigned(sign, magLong() / val.magLong());
        }
        return of(sign, divMag0(mag, val.mag));
    }

    public BigInteger remainder(BigInteger val) {
        checkDivisor(val);
        if (signum == 0 || compareMag(mag, val.mag) < 0) {
            return this;
        }
        if (smallBits() < 64) {
            return ofUnsigned(signum, magLong() % val.magLong());
        }
        return of(signum, remMag0(mag, val.mag));
    }

    public BigInteger[] divideAndRemainder(BigInteger val) {
        checkDivisor(val);
        if (signum == 0 || compareMag(mag, val.mag) < 0) {
            return new BigInteger[] {ZERO, this};
        }
        if (smallBits() < 64) {
            long a = magLong(), b = val.magLong();
            return new BigInteger[] {ofUnsigned(signum * val.signum, a / b), ofUnsigned(signum, a % b)};
        }
        int[][] qr = divRemMag0(mag, val.mag);
        return new BigInteger[] {of(signum * val.signum, qr[0]), of(signum, qr[1])};
    }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        BigInteger r = remainder(m);
        return r.signum < 0 ? r.add(m) : r;
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) {
            throw new ArithmeticException("Negative exponent");
        }
        if (signum == 0) {
            return exponent == 0 ? ONE : this;
        }
        if (exponent == 0) {
            return ONE;
        }
        if (exponent == 1) {
            return this;
        }
        int sign = signum < 0 && (exponent & 1) == 1 ? -1 : 1;
        // Bits of the result: about exponent * log2(|this|), checked before computing.
        long bits = (long) (bitLengthMag() - 1) * exponent + 1;
        if (bits > Integer.MAX_VALUE) {
            throw new ArithmeticException("BigInteger would overflow supported range");
        }
        return new BigInteger(powMag0(mag, exponent), sign);
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (exponent.signum == 0) {
            return m.equals(ONE) ? ZERO : ONE;
        }
        BigInteger base = this;
        if (exponent.signum < 0) {
            base = modInverse(m);
        }
        if (m.equals(ONE)) {
            return ZERO;
        }
        base = base.mod(m);
        if (base.signum == 0) {
            return ZERO;
        }
        return of(1, modPowMag0(base.mag, exponent.mag, m.mag));
    }

    public BigInteger modInverse(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (m.equals(ONE)) {
            return ZERO;
        }
        BigInteger a = mod(m);
        int[] r = a.signum == 0 ? null : modInverseMag0(a.mag, m.mag);
        if (r == null) {
            throw new ArithmeticException("BigInteger not invertible.");
        }
        return of(1, r);
    }

    public BigInteger gcd(BigInteger val) {
        if (val.signum == 0) {
            return abs();
        }
        if (signum == 0) {
            return val.abs();
        }
        return of(1, gcdMag0(mag, val.mag));
    }

    public BigInteger sqrt() {
        if (signum < 0) {
            throw new ArithmeticException("Negative BigInteger");
        }
        return of(1, sqrtMag0(mag));
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    public BigInteger abs() {
        return signum >= 0 ? this : negate();
    }

    public BigInteger negate() {
        return signum == 0 ? this : new BigInteger(mag, -signum);
    }

    public int signum() {
        return signum;
    }

    public BigInteger min(BigInteger val) {
        return compareTo(val) < 0 ? this : val;
    }

    public BigInteger max(BigInteger val) {
        return compareTo(val) > 0 ? this : val;
    }

    // ---- comparison and hashing ----

    /** Compares magnitudes. */
    static int compareMag(int[] a, int[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compareUnsigned(a[i], b[i]) < 0 ? -1 : 1;
            }
        }
        return 0;
    }

    @Override
    public int compareTo(BigInteger val) {
        if (signum != val.signum) {
            return signum > val.signum ? 1 : -1;
        }
        if (signum == 0) {
            return 0;
        }
        int c = compareMag(mag, val.mag);
        return signum > 0 ? c : -c;
    }

    @Override
    public boolean equals(Object x) {
        if (x == this) {
            return true;
        }
        if (!(x instanceof BigInteger)) {
            return false;
        }
        BigInteger b = (BigInteger) x;
        return signum == b.signum && compareMag(mag, b.mag) == 0;
    }

    /** 31-polynomial over the magnitude words, times the sign (the JDK's value). */
    @Override
    public int hashCode() {
        int h = 0;
        for (int w : mag) {
            h = 31 * h + w;
        }
        return h * signum;
    }

    // ---- bits ----

    /** Word {@code n} (0 = least significant) of the two's-complement form. */
    private int getInt(int n) {
        if (n < 0) {
            return 0;
        }
        if (n >= mag.length) {
            return signum < 0 ? -1 : 0;
        }
        int w = mag[mag.length - 1 - n];
        if (signum >= 0) {
            return w;
        }
        return n <= firstNonzeroWord() ? -w : ~w;
    }

    /** Index (from the least significant end) of the lowest nonzero magnitude word. */
    private int firstNonzeroWord() {
        int i = mag.length - 1;
        while (i > 0 && mag[i] == 0) {
            i--;
        }
        return mag.length - 1 - i;
    }

    private int bitLengthMag() {
        return mag.length == 0 ? 0 : (mag.length - 1) * 32 + 32 - Integer.numberOfLeadingZeros(mag[0]);
    }

    public int bitLength() {
        int n = bitLengthMag();
        if (signum < 0) {
            // -2^k needs one bit less than its magnitude.
            boolean pow2 = Integer.bitCount(mag[0]) == 1;
            for (int i = 1; i < mag.length && pow2; i++) {
                pow2 = mag[i] == 0;
            }
            if (pow2) {
                n--;
            }
        }
        return n;
    }

    public int bitCount() {
        int n = 0;
        for (int w : mag) {
            n += Integer.bitCount(w);
        }
        if (signum < 0) {
            n += getLowestSetBit() - 1;
        }
        return n;
    }

    public int getLowestSetBit() {
        if (signum == 0) {
            return -1;
        }
        int k = firstNonzeroWord();
        return k * 32 + Integer.numberOfTrailingZeros(mag[mag.length - 1 - k]);
    }

    public boolean testBit(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        return (getInt(n >>> 5) & (1 << (n & 31))) != 0;
    }

    private static BigInteger bit(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        return ONE.shiftLeft(n);
    }

    public BigInteger setBit(int n) {
        return or(bit(n));
    }

    public BigInteger clearBit(int n) {
        return andNot(bit(n));
    }

    public BigInteger flipBit(int n) {
        return xor(bit(n));
    }

    public BigInteger shiftLeft(int n) {
        if (signum == 0) {
            return ZERO;
        }
        if (n > 0) {
            if ((long) bitLengthMag() + n > Integer.MAX_VALUE) {
                throw new ArithmeticException("BigInteger would overflow supported range");
            }
            return new BigInteger(shiftLeftMag0(mag, n), signum);
        }
        if (n == 0) {
            return this;
        }
        return n == Integer.MIN_VALUE ? shiftRightBig() : shiftRight(-n);
    }

    /** shiftLeft(MIN_VALUE): a right shift by 2^31, leaving 0 or -1. */
    private BigInteger shiftRightBig() {
        return signum >= 0 ? ZERO : NEGATIVE_ONE;
    }

    public BigInteger shiftRight(int n) {
        if (signum == 0) {
            return ZERO;
        }
        if (n > 0) {
            if (n >= bitLengthMag()) {
                return signum > 0 ? ZERO : NEGATIVE_ONE;
            }
            return of(signum, shiftRightMag0(mag, n, signum < 0));
        }
        if (n == 0) {
            return this;
        }
        if (n == Integer.MIN_VALUE) {
            throw new ArithmeticException("BigInteger would overflow supported range");
        }
        return shiftLeft(-n);
    }

    public BigInteger and(BigInteger val) {
        return bitOp(0, val, signum < 0 && val.signum < 0);
    }

    public BigInteger or(BigInteger val) {
        return bitOp(1, val, signum < 0 || val.signum < 0);
    }

    public BigInteger xor(BigInteger val) {
        return bitOp(2, val, (signum < 0) != (val.signum < 0));
    }

    public BigInteger andNot(BigInteger val) {
        return bitOp(3, val, signum < 0 && val.signum >= 0);
    }

    public BigInteger not() {
        return negate().subtract(ONE);
    }

    private BigInteger bitOp(int op, BigInteger val, boolean negative) {
        return of(negative ? -1 : 1, bitOp0(op, signum, mag, val.signum, val.mag));
    }

    // ---- primes ----

    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) {
            return true;
        }
        if (signum == 0) {
            return false;
        }
        return isProbablePrime0(mag);
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) {
            throw new ArithmeticException("start < 0: " + this);
        }
        return of(1, nextPrimeMag0(mag));
    }

    // ---- conversions ----

    @Override
    public String toString() {
        return toString(10);
    }

    public String toString(int radix) {
        if (signum == 0) {
            return "0";
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        String digits;
        if (mag.length == 1) {
            digits = Long.toString(mag[0] & LONG_MASK, radix);
        } else {
            digits = toString0(mag, radix);
        }
        return signum < 0 ? "-" + digits : digits;
    }

    public byte[] toByteArray() {
        int byteLen = bitLength() / 8 + 1;
        byte[] b = new byte[byteLen];
        for (int i = byteLen - 1, bytesCopied = 4, w = 0, wordIndex = 0; i >= 0; i--) {
            if (bytesCopied == 4) {
                w = getInt(wordIndex++);
                bytesCopied = 1;
            } else {
                w >>>= 8;
                bytesCopied++;
            }
            b[i] = (byte) w;
        }
        return b;
    }

    @Override
    public int intValue() {
        return getInt(0);
    }

    @Override
    public long longValue() {
        return ((long) getInt(1) << 32) | (getInt(0) & LONG_MASK);
    }

    @Override
    public float floatValue() {
        if (signum == 0) {
            return 0.0f;
        }
        return floatValue0(signum, mag);
    }

    @Override
    public double doubleValue() {
        if (signum == 0) {
            return 0.0;
        }
        if (mag.length == 1) {
            return signum * (double) (mag[0] & LONG_MASK);
        }
        return doubleValue0(signum, mag);
    }

    public long longValueExact() {
        if (mag.length <= 2 && bitLength() <= 63) {
            return longValue();
        }
        throw new ArithmeticException("BigInteger out of long range");
    }

    public int intValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            return intValue();
        }
        throw new ArithmeticException("BigInteger out of int range");
    }

    public short shortValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int v = intValue();
            if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                return (short) v;
            }
        }
        throw new ArithmeticException("BigInteger out of short range");
    }

    public byte byteValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int v = intValue();
            if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                return (byte) v;
            }
        }
        throw new ArithmeticException("BigInteger out of byte range");
    }

    // ---- natives over magnitudes (src/natives/java/math/BigInteger.ts) ----

    private static native int[] addMag0(int[] a, int[] b);

    /** a - b, requires a >= b. */
    private static native int[] subMag0(int[] a, int[] b);

    private static native int[] mulMag0(int[] a, int[] b);

    private static native int[] divMag0(int[] a, int[] b);

    private static native int[] remMag0(int[] a, int[] b);

    /** {quotient, remainder}. */
    private static native int[][] divRemMag0(int[] a, int[] b);

    private static native int[] powMag0(int[] a, int exponent);

    private static native int[] shiftLeftMag0(int[] a, int n);

    /** a >> n, rounded up when {@code ceil} (floor shift of a negative value). */
    private static native int[] shiftRightMag0(int[] a, int n, boolean ceil);

    /** base^e mod m, base < m. */
    private static native int[] modPowMag0(int[] base, int[] e, int[] m);

    /** a^-1 mod m (0 < a < m), or null when gcd(a, m) != 1. */
    private static native int[] modInverseMag0(int[] a, int[] m);

    private static native int[] gcdMag0(int[] a, int[] b);

    private static native int[] sqrtMag0(int[] a);

    /** |a op b| for op 0 and, 1 or, 2 xor, 3 andNot on two's-complement values. */
    private static native int[] bitOp0(int op, int signA, int[] a, int signB, int[] b);

    private static native boolean isProbablePrime0(int[] a);

    /** The smallest probable prime above a. */
    private static native int[] nextPrimeMag0(int[] a);

    private static native String toString0(int[] a, int radix);

    /** Digits (ASCII, already validated, no sign) in radix to a magnitude. */
    private static native int[] parse0(String digits, int radix);

    private static native double doubleValue0(int signum, int[] a);

    private static native float floatValue0(int signum, int[] a);
}
