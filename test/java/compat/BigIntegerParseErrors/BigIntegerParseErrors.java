import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** A number-literal validator: parses user input in many radixes and reports the library's messages. */
public class BigIntegerParseErrors {
    static void parseInt(String s, int radix) {
        try {
            BigInteger v = new BigInteger(s, radix);
            System.out.println("BigInteger(\"" + s + "\", " + radix + ") = " + v + " (hex " + v.toString(16) + ", radix36 " + v.toString(36) + ")");
        } catch (NumberFormatException e) {
            System.out.println("BigInteger(\"" + s + "\", " + radix + ") -> NumberFormatException: " + e.getMessage());
        }
    }

    static void parseDec(String s) {
        try {
            BigDecimal v = new BigDecimal(s);
            System.out.println("BigDecimal(\"" + s + "\") = " + v + " scale " + v.scale() + " precision " + v.precision());
        } catch (NumberFormatException e) {
            System.out.println("BigDecimal(\"" + s + "\") -> NumberFormatException: " + e.getMessage());
        }
    }

    interface Op { Object run(); }

    static void attempt(String what, Op op) {
        try {
            System.out.println(what + " = " + op.run());
        } catch (RuntimeException e) {
            System.out.println(what + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "+17", "000123", "-000", "12a", "1-2", "--5", "+-5", "", "-", "+", " 42", "42 ",
            "123456789012345678901234567890", "1234567890123456789012345678x0", "x234567890123456789012345678901",
            "99999999999999999999", "-18446744073709551616", "1_000", "\u0663\u0664"};
        for (String s : inputs) parseInt(s, 10);
        String[][] radixed = {{"ff", "16"}, {"-FF", "16"}, {"deadbeefcafebabe1234", "16"}, {"zz", "36"}, {"ZZZZZZZZZZZZZZZZ", "36"},
            {"101010", "2"}, {"1012", "2"}, {"777", "8"}, {"789", "8"}, {"10", "1"}, {"10", "37"}, {"g", "16"},
            {"1111111111111111111111111111111111111111111111111111111111111111111112", "2"}, {"12345671234567g", "17"}};
        for (String[] r : radixed) parseInt(r[0], Integer.parseInt(r[1]));
        String[] decimals = {"0", "0.00", "-0.0", "1.", ".5", "-.5e-3", "1e", "1e+", "1e5x", "1.2.3", "abc", "12a", "1E+999999999",
            "1e2147483648", "+1.50E-10", "00012.3400", "1 ", "e5", "--1", "1e+-2", "-", ".", "123456789.123456789e20", "9E-7", "-1234.5678E3"};
        for (String s : decimals) parseDec(s);
        attempt("divide by zero", () -> BigInteger.TEN.divide(BigInteger.ZERO));
        attempt("mod -3", () -> BigInteger.TEN.mod(BigInteger.valueOf(-3)));
        attempt("pow -1", () -> BigInteger.TEN.pow(-1));
        attempt("sqrt(-4)", () -> BigInteger.valueOf(-4).sqrt());
        attempt("2^64 longValueExact", () -> BigInteger.TWO.pow(64).longValueExact());
        attempt("2^31 intValueExact", () -> BigInteger.TWO.pow(31).intValueExact());
        attempt("-2^31 intValueExact", () -> BigInteger.TWO.pow(31).negate().intValueExact());
        attempt("300 byteValueExact", () -> BigInteger.valueOf(300).byteValueExact());
        attempt("empty bytes", () -> new BigInteger(new byte[0]));
        attempt("signum 2", () -> new BigInteger(2, new byte[] {1}));
        attempt("signum 0 with magnitude", () -> new BigInteger(0, new byte[] {1}));
        attempt("negative numBits", () -> new BigInteger(-1, new java.util.Random(1)));
        attempt("probablePrime(1)", () -> BigInteger.probablePrime(1, new java.util.Random(1)));
        attempt("nextProbablePrime of -5", () -> BigInteger.valueOf(-5).nextProbablePrime());
        attempt("modInverse not coprime", () -> BigInteger.valueOf(4).modInverse(BigInteger.valueOf(8)));
        attempt("modPow mod 0", () -> BigInteger.TWO.modPow(BigInteger.ONE, BigInteger.ZERO));
        attempt("shift overflow", () -> BigInteger.TWO.shiftLeft(Integer.MAX_VALUE));
        attempt("1/3 exact", () -> BigDecimal.ONE.divide(BigDecimal.valueOf(3)));
        attempt("0/0", () -> BigDecimal.ZERO.divide(BigDecimal.ZERO));
        attempt("1/0 mc", () -> BigDecimal.ONE.divide(BigDecimal.ZERO, MathContext.DECIMAL64));
        attempt("1/0 scale 2", () -> BigDecimal.ONE.divide(BigDecimal.ZERO, 2, RoundingMode.HALF_UP));
        attempt("1.5 setScale(0)", () -> new BigDecimal("1.5").setScale(0));
        attempt("1e10 intValueExact", () -> new BigDecimal("1e10").intValueExact());
        attempt("1.5 longValueExact", () -> new BigDecimal("1.5").longValueExact());
        attempt("2.5 toBigIntegerExact", () -> new BigDecimal("2.5").toBigIntegerExact());
        attempt("pow -1", () -> BigDecimal.TEN.pow(-1));
        attempt("sqrt(-1)", () -> BigDecimal.ONE.negate().sqrt(MathContext.DECIMAL32));
        attempt("sqrt(2) unlimited", () -> BigDecimal.valueOf(2).sqrt(MathContext.UNLIMITED));
        attempt("NaN", () -> new BigDecimal(Double.NaN));
        attempt("valueOf(Infinity)", () -> BigDecimal.valueOf(Double.POSITIVE_INFINITY));
        attempt("MathContext(-1)", () -> new MathContext(-1));
        attempt("MathContext(\"precision=5 roundingMode=UP\")", () -> new MathContext("precision=5 roundingMode=UP"));
        attempt("MathContext(\"precision=5\")", () -> new MathContext("precision=5"));
        attempt("RoundingMode.valueOf(8)", () -> RoundingMode.valueOf(8));
        attempt("RoundingMode.valueOf(\"HALF_UP\")", () -> RoundingMode.valueOf("HALF_UP"));
        attempt("divideToIntegralValue impossible", () -> new BigDecimal("1e10").divideToIntegralValue(new BigDecimal("3"), new MathContext(2)));
        attempt("UNNECESSARY round", () -> new BigDecimal("1.25").round(new MathContext(2, RoundingMode.UNNECESSARY)));
    }
}
