/** Double.toString and Float.toString (JDK 17's shortest-digit algorithm and its known quirks), plus parsing. */
public class FloatingFormat {
    interface Parse { Object run(); }

    static void attempt(String label, Parse p) {
        try {
            System.out.println(label + " = " + p.run());
        } catch (NumberFormatException e) {
            System.out.println(label + " -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        double[] doubles = {2e23, 1e-5, 100.0, 1e7, 9999999.0, 1.0E-3, 0.001, 1e-4, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 123456789.0, 1234567890123.0,
                1e21, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.2250738585072014E-308, 4.35, 0.3, 100.5, 3.0e10, 1.0e-10, Math.PI, Math.E,
                -1.5, -0.0, 0.0, 12345.678, 9.999999999999999e22, 8.41E21, 5.0E-324, 1.1, 2.675, 1e15, 1e16, 123e18, 0.5, 0.25, 0.125};
        for (double d : doubles) System.out.println(d);
        float[] floats = {1.1f, 0.1f, 3.4028235e38f, Float.MIN_VALUE, Float.MIN_NORMAL, 1e10f, 1e-10f, 1.0e7f, 9999999f, 0.001f, 1.0e-3f, 16777216f, 3.14159265f,
                2e23f, 1.00000017881393421514957253748434595763683319091796875001f, 0.3f, 100f, -0f, 8.5e-40f, 33554448f, 1.17549435E-38f};
        for (float f : floats) System.out.println(f + "f");
        System.out.println("float to double " + (double) 1.1f + " " + (double) 0.1f);
        attempt("parse 1e10", () -> Double.parseDouble("1e10"));
        attempt("parse padded", () -> Double.parseDouble("  3.5  "));
        attempt("parse hex", () -> Double.parseDouble("0x1p3"));
        attempt("parse hex fraction", () -> Double.parseDouble("0x1.8p-1"));
        attempt("parse Infinity", () -> Double.parseDouble("-Infinity"));
        attempt("parse NaN", () -> Double.parseDouble("NaN"));
        attempt("parse -0", () -> Double.parseDouble("-0"));
        attempt("parse suffix d", () -> Double.parseDouble("1.5d"));
        attempt("parse suffix f", () -> Double.parseDouble("2.5f"));
        attempt("parse leading dot", () -> Double.parseDouble(".5"));
        attempt("parse trailing dot", () -> Double.parseDouble("5."));
        attempt("parse tiny", () -> Double.parseDouble("1e-400"));
        attempt("parse huge", () -> Double.parseDouble("1e400"));
        attempt("parse many digits", () -> Double.parseDouble("3.14159265358979323846264338327950288"));
        attempt("parse halfway", () -> Double.parseDouble("9007199254740993"));
        attempt("parse garbage", () -> Double.parseDouble("1.2.3"));
        attempt("parse empty", () -> Double.parseDouble(""));
        attempt("parse word", () -> Double.parseDouble("abc"));
        attempt("parseFloat", () -> Float.parseFloat("3.4028236e38"));
        attempt("parseFloat small", () -> Float.parseFloat("1e-46"));
        attempt("parseFloat 0.1", () -> Float.parseFloat("0.1"));
        attempt("valueOf", () -> Double.valueOf("6.02214076e23"));
        System.out.println("toHexString " + Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " " + Double.toHexString(Double.MIN_VALUE) + " " + Float.toHexString(1.5f));
        System.out.println("isNaN " + Double.isNaN(0.0 / 0) + " isInfinite " + Double.isInfinite(1 / 0.0) + " isFinite " + Double.isFinite(1e308));
        System.out.println("min/max " + Double.MIN_VALUE + " " + Double.MAX_VALUE + " " + Float.MIN_VALUE + " " + Float.MAX_VALUE);
        double acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1;
        System.out.println("ten tenths " + acc + " and " + (float) acc);
    }
}
