package java.math;

/**
 * Immutable arbitrary-precision signed decimals: an unscaled BigInteger and an int scale, the
 * value being {@code intVal * 10^-scale}.
 *
 * <p>Written from the Java SE 17 API documentation (its rules for preferred scales, rounding and
 * the three string forms) and HotSpot's observed results and messages. Everything is exact
 * BigInteger arithmetic followed, where a MathContext asks for it, by one rounding step.
 */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    /** The unscaled value. */
    private final BigInteger intVal;
    /** Digits right of the decimal point (negative: a power of ten multiplier). */
    private final int scale;
    /** Number of decimal digits of intVal, 0 until computed. */
    private transient int precision;
    /** The toString() form, null until computed. */
    private transient String stringCache;

    @Deprecated(since = "9") public static final int ROUND_UP = 0;
    @Deprecated(since = "9") public static final int ROUND_DOWN = 1;
    @Deprecated(since = "9") public static final int ROUND_CEILING = 2;
    @Deprecated(since = "9") public static final int ROUND_FLOOR = 3;
    @Deprecated(since = "9") public static final int ROUND_HALF_UP = 4;
    @Deprecated(since = "9") public static final int ROUND_HALF_DOWN = 5;
    @Deprecated(since = "9") public static final int ROUND_HALF_EVEN = 6;
    @Deprecated(since = "9") public static final int ROUND_UNNECESSARY = 7;

    private static final BigInteger[] TEN_POWERS = new BigInteger[64];
    /** 10^0 .. 10^18. */
    private static final long[] LONG_TEN_POWERS = new long[19];
    private static final BigDecimal[] SMALL = new BigDecimal[11];

    static {
        BigInteger p = BigInteger.ONE;
        for (int i = 0; i < TEN_POWERS.length; i++) {
            TEN_POWERS[i] = p;
            p = p.multiply(BigInteger.TEN);
        }
        long lp = 1;
        for (int i = 0; i < LONG_TEN_POWERS.length; i++) {
            LONG_TEN_POWERS[i] = lp;
            lp *= 10;
        }
        for (int i = 0; i <= 10; i++) {
            SMALL[i] = new BigDecimal(BigInteger.valueOf(i), 0);
        }
    }

    public static final BigDecimal ZERO = SMALL[0];
    public static final BigDecimal ONE = SMALL[1];
    public static final BigDecimal TEN = SMALL[10];

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    /** 10^n for n >= 0. */
    static BigInteger tenPow(long n) {
        if (n < TEN_POWERS.length) {
            return TEN_POWERS[(int) n];
        }
        if (n > Integer.MAX_VALUE) {
            throw new ArithmeticException("BigInteger would overflow supported range");
        }
        return BigInteger.TEN.pow((int) n);
    }

    // ---- construction ----

    public BigDecimal(BigInteger unscaledVal, int scale) {
        this.intVal = unscaledVal;
        this.scale = scale;
        unscaledVal.signum(); // null check
    }

    public BigDecimal(BigInteger val) {
        this(val, 0);
    }

    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) {
        BigDecimal r = doRound(new BigDecimal(unscaledVal, scale), mc);
        this.intVal = r.intVal;
        this.scale = r.scale;
    }

    public BigDecimal(BigInteger val, MathContext mc) {
        this(val, 0, mc);
    }

    public BigDecimal(int val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(int val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(long val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(long val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    /** The exact binary value of {@code val}: m * 2^e written as m * 5^-e scaled by -e. */
    public BigDecimal(double val) {
        if (Double.isNaN(val) || Double.isInfinite(val)) {
            throw new NumberFormatException("Infinite or NaN");
        }
        long bits = Double.doubleToLongBits(val);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & ((1L << 52) - 1);
        long significand = biased == 0 ? frac << 1 : frac | (1L << 52);
        int exponent = biased - 1075;
        if (significand == 0) {
            this.intVal = BigInteger.ZERO;
            this.scale = 0;
            return;
        }
        while ((significand & 1) == 0) {
            significand >>= 1;
            exponent++;
        }
        BigInteger m = BigInteger.valueOf(bits < 0 ? -significand : significand);
        if (exponent >= 0) {
            this.intVal = m.shiftLeft(exponent);
            this.scale = 0;
        } else {
            this.intVal = m.multiply(FIVE.pow(-exponent));
            this.scale = -exponent;
        }
    }

    public BigDecimal(double val, MathContext mc) {
        this(new BigDecimal(val).intVal, new BigDecimal(val).scale, mc);
    }

    public BigDecimal(String val) {
        this(val.toCharArray(), 0, val.length());
    }

    public BigDecimal(String val, MathContext mc) {
        this(val.toCharArray(), 0, val.length(), mc);
    }

    public BigDecimal(char[] in) {
        this(in, 0, in.length);
    }

    public BigDecimal(char[] in, MathContext mc) {
        this(in, 0, in.length, mc);
    }

    public BigDecimal(char[] in, int offset, int len, MathContext mc) {
        BigDecimal r = doRound(new BigDecimal(in, offset, len), mc);
        this.intVal = r.intVal;
        this.scale = r.scale;
    }

    /**
     * Parses {@code [sign] digits [. digits] [e|E [sign] digits]}; digits may be any Unicode
     * decimal digits. Messages are HotSpot's.
     */
    public BigDecimal(char[] in, int offset, int len) {
        if (offset < 0 || len < 0 || offset > in.length - len) {
            throw new NumberFormatException("Bad offset or len arguments for char[] input.");
        }
        if (len == 0) {
            throw new NumberFormatException();
        }
        int end = offset + len;
        int i = offset;
        boolean negative = false;
        if (in[i] == '-' || in[i] == '+') {
            negative = in[i] == '-';
            i++;
        }
        char[] digits = new char[len];
        int nDigits = 0;
        int fracDigits = 0;
        boolean dot = false;
        long exp = 0;
        for (; i < end; i++) {
            char c = in[i];
            int d = c >= '0' && c <= '9' ? c - '0' : Character.digit(c, 10);
            if (d >= 0) {
                digits[nDigits++] = (char) ('0' + d);
                if (dot) {
                    fracDigits++;
                }
            } else if (c == '.') {
                if (dot) {
                    throw new NumberFormatException("Character array contains more than one decimal point.");
                }
                dot = true;
            } else if (c == 'e' || c == 'E') {
                exp = parseExponent(in, i + 1, end);
                break;
            } else {
                throw new NumberFormatException("Character " + c
                        + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
        }
        if (nDigits == 0) {
            throw new NumberFormatException("No digits found.");
        }
        long sc = fracDigits - exp;
        if (sc != (int) sc) {
            throw new NumberFormatException("Scale out of range.");
        }
        BigInteger v;
        if (nDigits <= 18) {
            long lv = 0;
            for (int k = 0; k < nDigits; k++) {
                lv = lv * 10 + (digits[k] - '0');
            }
            v = BigInteger.valueOf(negative ? -lv : lv);
        } else {
            v = new BigInteger(new String(digits, 0, nDigits));
            if (negative) {
                v = v.negate();
            }
        }
        this.intVal = v;
        this.scale = (int) sc;
    }

    private static long parseExponent(char[] in, int i, int end) {
        if (i >= end) {
            throw new NumberFormatException();
        }
        boolean neg = false;
        if (in[i] == '-' || in[i] == '+') {
            neg = in[i] == '-';
            i++;
        }
        if (i >= end) {
            throw new NumberFormatException();
        }
        long exp = 0;
        for (; i < end; i++) {
            int d = Character.digit(in[i], 10);
            if (d < 0) {
                throw new NumberFormatException("Not a digit.");
            }
            exp = exp * 10 + d;
            if (exp > Integer.MAX_VALUE + 1L) {
                throw new NumberFormatException("Exponent overflow.");
            }
        }
        if (neg) {
            exp = -exp;
        }
        if (exp != (int) exp) {
            throw new NumberFormatException("Exponent overflow.");
        }
        return exp;
    }

    public static BigDecimal valueOf(long val) {
        if (val >= 0 && val <= 10) {
            return SMALL[(int) val];
        }
        return new BigDecimal(BigInteger.valueOf(val), 0);
    }

    public static BigDecimal valueOf(long unscaledVal, int scale) {
        if (scale == 0) {
            return valueOf(unscaledVal);
        }
        return new BigDecimal(BigInteger.valueOf(unscaledVal), scale);
    }

    /** Through Double.toString, so 0.1 becomes 0.1 (not its binary expansion). */
    public static BigDecimal valueOf(double val) {
        return new BigDecimal(Double.toString(val));
    }

    private static BigDecimal of(BigInteger v, long scale) {
        return new BigDecimal(v, checkScale(v, scale));
    }

    /** Narrows a computed scale: zeros saturate, other values overflow. */
    private static int checkScale(BigInteger v, long scale) {
        if (scale != (int) scale) {
            if (v.signum() == 0) {
                return scale > Integer.MAX_VALUE ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            }
            throw new ArithmeticException(scale > 0 ? "Underflow" : "Overflow");
        }
        return (int) scale;
    }

    private static int saturate(long s) {
        return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : s < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) s;
    }

    private static BigDecimal zero(long scale) {
        return new BigDecimal(BigInteger.ZERO, saturate(scale));
    }

    // ---- rounding core ----

    /** num / den rounded to an integer by {@code mode} (the sign of the result is num's times den's). */
    static BigInteger roundDiv(BigInteger num, BigInteger den, RoundingMode mode) {
        if (num.bitLength() < 62 && den.bitLength() < 62) {
            long n = num.longValue(), d = den.longValue();
            long q = n / d, r = n % d;
            if (r == 0) {
                return BigInteger.valueOf(q);
            }
            int sign = Long.signum(n) * Long.signum(d);
            long r2 = Math.abs(r) * 2, ad = Math.abs(d);
            int half = r2 < ad ? -1 : r2 == ad ? 0 : 1;
            return BigInteger.valueOf(needIncrement(mode, sign, half, (q & 1) != 0) ? q + sign : q);
        }
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() == 0) {
            return q;
        }
        int sign = num.signum() * den.signum();
        int half = r.abs().shiftLeft(1).compareTo(den.abs());
        return needIncrement(mode, sign, half, q.testBit(0)) ? q.add(BigInteger.valueOf(sign)) : q;
    }

    /**
     * Whether to move a truncated quotient away from zero, given the result's sign, how the
     * discarded fraction compares with one half (-1, 0, 1) and whether the quotient is odd.
     */
    private static boolean needIncrement(RoundingMode mode, int sign, int half, boolean odd) {
        switch (mode) {
            case UP: return true;
            case DOWN: return false;
            case CEILING: return sign > 0;
            case FLOOR: return sign < 0;
            case HALF_UP: return half >= 0;
            case HALF_DOWN: return half > 0;
            case HALF_EVEN: return half > 0 || (half == 0 && odd);
            default: throw new ArithmeticException("Rounding necessary");
        }
    }

    /** {@code x} rounded to mc's precision (the carry case re-rounds, as 9.99 -> 10.0). */
    private static BigDecimal doRound(BigDecimal x, MathContext mc) {
        int p = mc.getPrecision();
        if (p == 0) {
            return x;
        }
        int digits = x.precision();
        while (digits > p) {
            int drop = digits - p;
            x = of(roundDiv(x.intVal, tenPow(drop), mc.getRoundingMode()), (long) x.scale - drop);
            digits = x.precision();
        }
        return x;
    }

    /** Removes trailing zeros while the scale stays above {@code preferred}. */
    private static BigDecimal stripZerosTo(BigDecimal x, long preferred) {
        if (x.intVal.signum() == 0) {
            return x;
        }
        BigInteger v = x.intVal;
        long sc = x.scale;
        if (v.bitLength() < 63) {
            long lv = v.longValue();
            while (sc > preferred && lv % 10 == 0) {
                lv /= 10;
                sc--;
            }
            return sc == x.scale ? x : new BigDecimal(BigInteger.valueOf(lv), (int) sc);
        }
        while (sc > preferred) {
            BigInteger[] qr = v.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            v = qr[0];
            sc--;
        }
        return sc == x.scale ? x : new BigDecimal(v, (int) sc);
    }

    // ---- arithmetic ----

    public BigDecimal add(BigDecimal augend) {
        if (scale == augend.scale) {
            return new BigDecimal(intVal.add(augend.intVal), scale);
        }
        if (scale > augend.scale) {
            return new BigDecimal(intVal.add(augend.intVal.multiply(tenPow((long) scale - augend.scale))), scale);
        }
        return new BigDecimal(intVal.multiply(tenPow((long) augend.scale - scale)).add(augend.intVal), augend.scale);
    }

    public BigDecimal add(BigDecimal augend, MathContext mc) {
        return doRound(add(augend), mc);
    }

    public BigDecimal subtract(BigDecimal subtrahend) {
        return add(subtrahend.negate());
    }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) {
        return doRound(subtract(subtrahend), mc);
    }

    public BigDecimal multiply(BigDecimal multiplicand) {
        BigInteger v = intVal.multiply(multiplicand.intVal);
        return of(v, (long) scale + multiplicand.scale);
    }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) {
        return doRound(multiply(multiplicand), mc);
    }

    private void checkDivisor(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
        }
    }

    /** The exact quotient; its scale is the preferred this.scale - divisor.scale or just enough more. */
    public BigDecimal divide(BigDecimal divisor) {
        checkDivisor(divisor);
        long preferred = (long) scale - divisor.scale;
        if (signum() == 0) {
            return zero(preferred);
        }
        BigInteger a = intVal;
        BigInteger b = divisor.intVal;
        BigInteger g = a.gcd(b);
        a = a.divide(g);
        b = b.divide(g);
        if (b.signum() < 0) {
            a = a.negate();
            b = b.negate();
        }
        // The reduced denominator must be 2^x * 5^y for the expansion to terminate.
        int twos = b.getLowestSetBit();
        b = b.shiftRight(twos);
        int fives = 0;
        while (!b.equals(BigInteger.ONE)) {
            BigInteger[] qr = b.divideAndRemainder(FIVE);
            if (qr[1].signum() != 0) {
                throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
            }
            b = qr[0];
            fives++;
        }
        int k = Math.max(twos, fives);
        BigInteger q = a;
        if (k > twos) {
            q = q.shiftLeft(k - twos);
        }
        if (k > fives) {
            q = q.multiply(FIVE.pow(k - fives));
        }
        return of(q, preferred + k);
    }

    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        if (roundingMode == null) {
            throw new NullPointerException();
        }
        // q = this / divisor * 10^scale = intVal * 10^(scale - this.scale + divisor.scale) / divisor.intVal
        long e = (long) scale - this.scale + divisor.scale;
        BigInteger num = intVal;
        BigInteger den = divisor.intVal;
        if (e >= 0) {
            num = num.multiply(tenPow(e));
        } else {
            den = den.multiply(tenPow(-e));
        }
        if (den.signum() == 0) {
            // HotSpot divides longs when both operands fit a long after scaling by a tabled
            // power of ten (10^0..10^18), BigIntegers otherwise; the messages differ.
            boolean longs = fitsCompact(intVal) && Math.abs(e) < 19 && fitsCompact(num);
            throw new ArithmeticException(longs ? "/ by zero" : "BigInteger divide by zero");
        }
        return new BigDecimal(roundDiv(num, den, roundingMode), scale);
    }

    /** Fits HotSpot's long representation (Long.MIN_VALUE excluded). */
    private static boolean fitsCompact(BigInteger v) {
        return v.bitLength() <= 63 && v.longValue() != Long.MIN_VALUE;
    }

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, RoundingMode.valueOf(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        return divide(divisor, scale, roundingMode);
    }

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, RoundingMode.valueOf(roundingMode));
    }

    /** The quotient rounded to mc's precision, trailing zeros stripped down to the preferred scale. */
    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        int p = mc.getPrecision();
        if (p == 0) {
            return divide(divisor);
        }
        checkDivisor(divisor);
        long preferred = (long) scale - divisor.scale;
        if (signum() == 0) {
            return zero(preferred);
        }
        BigInteger num = intVal;
        BigInteger den = divisor.intVal;
        // Choose e so that |num| * 10^e / |den| has exactly p integer digits.
        long e = (long) p - digitCount(num) + digitCount(den);
        if (scaled(num.abs(), e).compareTo(scaled(den.abs(), p - Math.min(e, 0))) >= 0) {
            e--;
        }
        BigInteger n = e >= 0 ? num.multiply(tenPow(e)) : num;
        BigInteger d = e >= 0 ? den : den.multiply(tenPow(-e));
        BigInteger[] qr = n.divideAndRemainder(d);
        if (qr[1].signum() == 0) {
            // Exact: trailing zeros go, down to the preferred scale.
            return stripZerosTo(of(qr[0], preferred + e), preferred);
        }
        BigInteger q = roundDiv(n, d, mc.getRoundingMode());
        if (digitCount(q) > p) {
            // Rounding carried to 10^p: one digit less, exactly.
            q = q.divide(BigInteger.TEN);
            e--;
        }
        return of(q, preferred + e);
    }

    /** v * 10^e for e >= 0. */
    private static BigInteger scaled(BigInteger v, long e) {
        return e <= 0 ? v : v.multiply(tenPow(e));
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        checkDivisor(divisor);
        long preferred = (long) scale - divisor.scale;
        long e = (long) divisor.scale - scale;
        BigInteger num = intVal;
        BigInteger den = divisor.intVal;
        if (e >= 0) {
            num = num.multiply(tenPow(e));
        } else {
            den = den.multiply(tenPow(-e));
        }
        BigInteger q = num.divide(den);
        if (q.signum() == 0) {
            return zero(preferred);
        }
        BigDecimal r = new BigDecimal(q, 0);
        if (preferred > 0) {
            return r.setScale(saturate(preferred), RoundingMode.UNNECESSARY);
        }
        return stripZerosTo(r, preferred);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor, MathContext mc) {
        if (mc.getPrecision() == 0 || compareMagnitude(divisor) < 0) {
            return divideToIntegralValue(divisor);
        }
        long preferred = (long) scale - divisor.scale;
        BigDecimal result = divide(divisor, new MathContext(mc.getPrecision(), RoundingMode.DOWN));
        if (result.scale < 0) {
            // An integer with trailing zeros cut: it must still be the whole integral part.
            BigDecimal product = result.multiply(divisor);
            if (subtract(product).compareMagnitude(divisor) >= 0) {
                throw new ArithmeticException("Division impossible");
            }
        } else if (result.scale > 0) {
            result = result.setScale(0, RoundingMode.DOWN);
        }
        int room;
        if (preferred > result.scale && (room = mc.getPrecision() - result.precision()) > 0) {
            return result.setScale(result.scale + (int) Math.min(room, preferred - result.scale));
        }
        return stripZerosTo(result, preferred);
    }

    private int compareMagnitude(BigDecimal val) {
        return abs().compareTo(val.abs());
    }

    public BigDecimal remainder(BigDecimal divisor) {
        return subtract(divideToIntegralValue(divisor).multiply(divisor));
    }

    public BigDecimal remainder(BigDecimal divisor, MathContext mc) {
        return subtract(divideToIntegralValue(divisor, mc).multiply(divisor));
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor, MathContext mc) {
        BigDecimal q = divideToIntegralValue(divisor, mc);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) {
            throw new ArithmeticException("Invalid operation");
        }
        return of(intVal.pow(n), (long) scale * n);
    }

    /** The X3.274-1996 algorithm the API documentation describes. */
    public BigDecimal pow(int n, MathContext mc) {
        int p = mc.getPrecision();
        if (p == 0) {
            return pow(n);
        }
        if (n < -999999999 || n > 999999999) {
            throw new ArithmeticException("Invalid operation");
        }
        if (n == 0) {
            return ONE;
        }
        int mag = Math.abs(n);
        int elength = Integer.toString(mag).length();
        if (elength > p) {
            throw new ArithmeticException("Invalid operation");
        }
        MathContext work = new MathContext(p + elength + 1, mc.getRoundingMode());
        BigDecimal acc = ONE;
        boolean started = false;
        for (int bit = 30; bit >= 0; bit--) {
            if (started) {
                acc = acc.multiply(acc, work);
            }
            if ((mag & (1 << bit)) != 0) {
                acc = acc.multiply(this, work);
                started = true;
            }
        }
        if (n < 0) {
            acc = ONE.divide(acc, work);
        }
        return doRound(acc, mc);
    }

    public BigDecimal sqrt(MathContext mc) {
        int sig = signum();
        if (sig == 0) {
            return valueOf(0L, scale / 2);
        }
        if (sig < 0) {
            throw new ArithmeticException("Attempted square root of negative BigDecimal");
        }
        int p = mc.getPrecision();
        int preferred = scale / 2;
        RoundingMode rm = mc.getRoundingMode();
        if (p > 0 && (rm == RoundingMode.UP || rm == RoundingMode.DOWN || rm == RoundingMode.CEILING
                || rm == RoundingMode.FLOOR)) {
            return directedSqrt(mc, preferred);
        }
        // Work on v * 10^-s with s even and v long enough that its root has p + 2 digits.
        BigInteger v = intVal;
        long s = scale;
        long want = 2L * (p == 0 ? digitCount(v) : p + 2);
        long extra = Math.max(0, want - digitCount(v));
        if (((s + extra) & 1) != 0) {
            extra++;
        }
        v = v.multiply(tenPow(extra));
        s += extra;
        BigInteger r = v.sqrt();
        boolean exact = r.multiply(r).equals(v);
        long rootScale = s / 2;
        if (p == 0) {
            if (!exact) {
                throw new ArithmeticException("Computed square root not exact.");
            }
            return exactRootScale(stripZerosTo(of(r, rootScale), Long.MIN_VALUE), preferred, 0);
        }
        int drop = digitCount(r) - p;
        BigInteger kept = r;
        boolean cutExact = exact;
        if (drop > 0) {
            BigInteger[] qr = r.divideAndRemainder(tenPow(drop));
            kept = qr[0];
            boolean inexact = qr[1].signum() != 0 || !exact;
            if (inexact) {
                cutExact = false;
                if (mc.getRoundingMode() == RoundingMode.UNNECESSARY) {
                    throw new ArithmeticException("Computed square root not exact.");
                }
                // The true root is r + f with 0 <= f < 1, so an exact half plus f is above half.
                int half = qr[1].shiftLeft(1).compareTo(tenPow(drop));
                if (half == 0 && !exact) {
                    half = 1;
                }
                if (needIncrement(mc.getRoundingMode(), 1, half, kept.testBit(0))) {
                    kept = kept.add(BigInteger.ONE);
                }
            }
            rootScale -= drop;
            if (digitCount(kept) > p) {
                kept = kept.divide(BigInteger.TEN);
                rootScale--;
            }
        } else if (!exact) {
            throw new ArithmeticException("Computed square root not exact.");
        }
        BigDecimal result = of(kept, rootScale);
        if (cutExact) {
            return exactRootScale(stripZerosTo(result, Long.MIN_VALUE), preferred, p);
        }
        return stripZerosTo(result, preferred);
    }

    /**
     * Square root under a directed rounding mode, computed the way HotSpot does so that results
     * agree to the last digit (HotSpot's may be one ulp off the correctly rounded value, e.g. an
     * exact root rounded UP from a Newton approximation just above it): normalize to [0.1, 10),
     * start from Math.sqrt, run Newton steps at precision + 2 digits (HALF_EVEN), round to mc,
     * then step one ulp if the square lies on the wrong side of this value.
     */
    private BigDecimal directedSqrt(MathContext mc, int preferred) {
        BigDecimal zeroPreferred = valueOf(0L, preferred);
        BigDecimal stripped = stripTrailingZeros();
        int strippedScale = stripped.scale;
        if (stripped.intVal.equals(BigInteger.ONE) && strippedScale % 2 == 0) {
            BigDecimal r = valueOf(1L, strippedScale / 2);
            return r.scale == preferred ? r : r.add(zeroPreferred, mc);
        }
        int normScale = stripped.scale - stripped.precision() + 1;
        int adjust = normScale % 2 == 0 ? normScale : normScale - 1;
        BigDecimal working = stripped.scaleByPowerOfTen(adjust);
        BigDecimal approx = new BigDecimal(Math.sqrt(working.doubleValue()));
        int guessPrecision = 15;
        int target = mc.getPrecision();
        int workingPrecision = working.precision();
        BigDecimal half = valueOf(5L, 1);
        do {
            int tmp = Math.max(Math.max(guessPrecision, target + 2), workingPrecision);
            MathContext step = new MathContext(tmp, RoundingMode.HALF_EVEN);
            approx = half.multiply(approx.add(working.divide(approx, step), step));
            guessPrecision *= 2;
        } while (guessPrecision < target + 2);
        BigDecimal result = approx.scaleByPowerOfTen(-adjust / 2).round(mc);
        RoundingMode rm = mc.getRoundingMode();
        if (rm == RoundingMode.DOWN || rm == RoundingMode.FLOOR) {
            if (result.multiply(result).compareTo(this) > 0) {
                BigDecimal ulp = result.ulp();
                if (approx.compareTo(ONE) == 0) {
                    // Below a power of ten the next smaller value is a tenth as far away.
                    ulp = ulp.multiply(new BigDecimal(BigInteger.ONE, 1));
                }
                result = result.subtract(ulp);
            }
        } else if (result.multiply(result).compareTo(this) < 0) {
            result = result.add(result.ulp());
        }
        if (result.scale != preferred) {
            result = result.stripTrailingZeros().add(zeroPreferred, new MathContext(mc.getPrecision(), RoundingMode.UNNECESSARY));
        }
        return result;
    }

    /** An exact root, stripped, padded with zeros toward the preferred scale within precision p. */
    private static BigDecimal exactRootScale(BigDecimal r, int preferred, int p) {
        if (r.scale >= preferred) {
            return r;
        }
        long pad = (long) preferred - r.scale;
        if (p > 0) {
            pad = Math.min(pad, p - r.precision());
        }
        return pad <= 0 ? r : r.setScale((int) (r.scale + pad));
    }

    public BigDecimal abs() {
        return signum() < 0 ? negate() : this;
    }

    public BigDecimal abs(MathContext mc) {
        return doRound(abs(), mc);
    }

    public BigDecimal negate() {
        return new BigDecimal(intVal.negate(), scale);
    }

    public BigDecimal negate(MathContext mc) {
        return doRound(negate(), mc);
    }

    public BigDecimal plus() {
        return this;
    }

    public BigDecimal plus(MathContext mc) {
        return doRound(this, mc);
    }

    public BigDecimal round(MathContext mc) {
        return doRound(this, mc);
    }

    public int signum() {
        return intVal.signum();
    }

    public int scale() {
        return scale;
    }

    public int precision() {
        int p = precision;
        if (p == 0) {
            p = digitCount(intVal);
            precision = p;
        }
        return p;
    }

    /** Decimal digits of |v| (1 for zero). */
    static int digitCount(BigInteger v) {
        int bits = v.abs().bitLength();
        if (bits < 63) {
            long x = Math.abs(v.longValue());
            int n = 1;
            while (n < LONG_TEN_POWERS.length && x >= LONG_TEN_POWERS[n]) {
                n++;
            }
            return n;
        }
        // 2^(bits-1) <= |v| < 2^bits: the digit count is one of two neighbours.
        int n = (int) ((bits - 1) * 0.30102999566398120) + 1;
        return v.abs().compareTo(tenPow(n)) >= 0 ? n + 1 : n;
    }

    public BigInteger unscaledValue() {
        return intVal;
    }

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        if (newScale == scale) {
            return this;
        }
        if (signum() == 0) {
            return new BigDecimal(BigInteger.ZERO, newScale);
        }
        if (newScale > scale) {
            return new BigDecimal(intVal.multiply(tenPow((long) newScale - scale)), newScale);
        }
        return new BigDecimal(roundDiv(intVal, tenPow((long) scale - newScale), roundingMode), newScale);
    }

    @Deprecated(since = "9")
    public BigDecimal setScale(int newScale, int roundingMode) {
        return setScale(newScale, RoundingMode.valueOf(roundingMode));
    }

    public BigDecimal setScale(int newScale) {
        return setScale(newScale, RoundingMode.UNNECESSARY);
    }

    public BigDecimal movePointLeft(int n) {
        if (n == 0) {
            return this;
        }
        BigDecimal r = of(intVal, (long) scale + n);
        return r.scale < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
    }

    public BigDecimal movePointRight(int n) {
        if (n == 0) {
            return this;
        }
        BigDecimal r = of(intVal, (long) scale - n);
        return r.scale < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
    }

    public BigDecimal scaleByPowerOfTen(int n) {
        return of(intVal, (long) scale - n);
    }

    public BigDecimal stripTrailingZeros() {
        if (signum() == 0) {
            return ZERO;
        }
        return stripZerosTo(this, Long.MIN_VALUE);
    }

    public BigDecimal min(BigDecimal val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigDecimal max(BigDecimal val) {
        return compareTo(val) >= 0 ? this : val;
    }

    /** One unit in the last place: 1 at this scale. */
    public BigDecimal ulp() {
        return new BigDecimal(BigInteger.ONE, scale);
    }

    // ---- comparison ----

    @Override
    public int compareTo(BigDecimal val) {
        if (scale == val.scale) {
            return intVal.compareTo(val.intVal);
        }
        int s = signum();
        int t = val.signum();
        if (s != t) {
            return s > t ? 1 : -1;
        }
        if (s == 0) {
            return 0;
        }
        long adj = (long) precision() - scale;
        long valAdj = (long) val.precision() - val.scale;
        if (adj != valAdj) {
            return adj > valAdj ? s : -s;
        }
        if (scale > val.scale) {
            return intVal.compareTo(val.intVal.multiply(tenPow((long) scale - val.scale)));
        }
        return intVal.multiply(tenPow((long) val.scale - scale)).compareTo(val.intVal);
    }

    /** Equal in value and scale (2.0 is not 2.00). */
    @Override
    public boolean equals(Object x) {
        if (x == this) {
            return true;
        }
        if (!(x instanceof BigDecimal)) {
            return false;
        }
        BigDecimal d = (BigDecimal) x;
        return scale == d.scale && intVal.equals(d.intVal);
    }

    @Override
    public int hashCode() {
        return 31 * intVal.hashCode() + scale;
    }

    // ---- conversions ----

    /** toString() is called often on the same value (printing, hashing keys): cached. */
    @Override
    public String toString() {
        String s = stringCache;
        if (s == null) {
            s = layout(true);
            stringCache = s;
        }
        return s;
    }

    public String toEngineeringString() {
        return layout(false);
    }

    /** The scientific (or engineering) form of the API documentation's toString. */
    private String layout(boolean sci) {
        if (scale == 0) {
            return intVal.toString();
        }
        String coeff = intVal.abs().toString();
        int len = coeff.length();
        StringBuilder buf = new StringBuilder(len + 16);
        if (intVal.signum() < 0) {
            buf.append('-');
        }
        long adjusted = -(long) scale + (len - 1);
        if (scale > 0 && adjusted >= -6) {
            int pad = scale - len;
            if (pad >= 0) {
                buf.append("0.");
                for (; pad > 0; pad--) {
                    buf.append('0');
                }
                buf.append(coeff);
            } else {
                buf.append(coeff, 0, -pad).append('.').append(coeff, -pad, len);
            }
            return buf.toString();
        }
        if (sci) {
            buf.append(coeff.charAt(0));
            if (len > 1) {
                buf.append('.').append(coeff, 1, len);
            }
        } else {
            // Exponent a multiple of three; 1..3 integer digits.
            int sig = (int) (adjusted % 3);
            if (sig < 0) {
                sig += 3;
            }
            adjusted -= sig;
            sig++;
            if (intVal.signum() == 0) {
                // Keep the zero's scale visible with fraction zeros.
                if (sig == 1) {
                    buf.append('0');
                } else {
                    buf.append(sig == 2 ? "0.00" : "0.0");
                    adjusted += 3;
                }
            } else if (sig >= len) {
                buf.append(coeff);
                for (int i = sig - len; i > 0; i--) {
                    buf.append('0');
                }
            } else {
                buf.append(coeff, 0, sig).append('.').append(coeff, sig, len);
            }
        }
        if (adjusted != 0) {
            buf.append('E');
            if (adjusted > 0) {
                buf.append('+');
            }
            buf.append(adjusted);
        }
        return buf.toString();
    }

    public String toPlainString() {
        if (scale == 0) {
            return intVal.toString();
        }
        if (scale < 0) {
            if (signum() == 0) {
                return "0";
            }
            StringBuilder buf = new StringBuilder(intVal.toString());
            for (int i = -scale; i > 0; i--) {
                buf.append('0');
            }
            return buf.toString();
        }
        String coeff = intVal.abs().toString();
        int len = coeff.length();
        StringBuilder buf = new StringBuilder(len + scale + 3);
        if (intVal.signum() < 0) {
            buf.append('-');
        }
        if (len > scale) {
            buf.append(coeff, 0, len - scale).append('.').append(coeff, len - scale, len);
        } else {
            buf.append("0.");
            for (int i = scale - len; i > 0; i--) {
                buf.append('0');
            }
            buf.append(coeff);
        }
        return buf.toString();
    }

    public BigInteger toBigInteger() {
        if (scale <= 0) {
            return scale == 0 ? intVal : intVal.multiply(tenPow(-(long) scale));
        }
        if (precision() <= scale) {
            return BigInteger.ZERO;
        }
        return intVal.divide(tenPow(scale));
    }

    public BigInteger toBigIntegerExact() {
        return setScale(0, RoundingMode.UNNECESSARY).intVal;
    }

    /** |this| < 1 (zero excluded by callers). */
    private boolean fractionOnly() {
        return precision() - (long) scale <= 0;
    }

    @Override
    public long longValue() {
        if (signum() == 0 || fractionOnly() || scale <= -64) {
            return 0;
        }
        return toBigInteger().longValue();
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    public long longValueExact() {
        if (signum() == 0) {
            return 0;
        }
        if (fractionOnly()) {
            throw new ArithmeticException("Rounding necessary");
        }
        if ((long) precision() - scale > 19) {
            throw new ArithmeticException("Overflow");
        }
        BigInteger v = setScale(0, RoundingMode.UNNECESSARY).intVal;
        if (v.bitLength() > 63) {
            throw new ArithmeticException("Overflow");
        }
        return v.longValue();
    }

    public int intValueExact() {
        long v = longValueExact();
        if ((int) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (int) v;
    }

    public short shortValueExact() {
        long v = longValueExact();
        if ((short) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (short) v;
    }

    public byte byteValueExact() {
        long v = longValueExact();
        if ((byte) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (byte) v;
    }

    private static final double[] DOUBLE_TEN_POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    /** Correctly rounded: exact operands and one IEEE operation, else the decimal parser. */
    @Override
    public double doubleValue() {
        if (intVal.bitLength() <= 52) {
            double m = intVal.longValue();
            if (scale == 0) {
                return m;
            }
            if (scale > 0 && scale < DOUBLE_TEN_POWERS.length) {
                return m / DOUBLE_TEN_POWERS[scale];
            }
            if (scale < 0 && -scale < DOUBLE_TEN_POWERS.length) {
                return m * DOUBLE_TEN_POWERS[-scale];
            }
        }
        return Double.parseDouble(toString());
    }

    private static final float[] FLOAT_TEN_POWERS = {
        1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f,
    };

    @Override
    public float floatValue() {
        if (intVal.bitLength() <= 23) {
            float m = intVal.intValue();
            if (scale == 0) {
                return m;
            }
            if (scale > 0 && scale < FLOAT_TEN_POWERS.length) {
                return m / FLOAT_TEN_POWERS[scale];
            }
            if (scale < 0 && -scale < FLOAT_TEN_POWERS.length) {
                return m * FLOAT_TEN_POWERS[-scale];
            }
        }
        return Float.parseFloat(toString());
    }
}
