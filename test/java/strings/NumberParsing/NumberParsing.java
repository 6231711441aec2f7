/** Integer and Long parsing and formatting in many radixes, unsigned conversions, decode, and NumberFormatException messages. */
public class NumberParsing {
    interface Parse { Object run(); }

    static void attempt(String label, Parse p) {
        try {
            System.out.println(label + " = " + p.run());
        } catch (NumberFormatException e) {
            System.out.println(label + " -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("parseInt 12345", () -> Integer.parseInt("12345"));
        attempt("parseInt -0", () -> Integer.parseInt("-0"));
        attempt("parseInt +77", () -> Integer.parseInt("+77"));
        attempt("parseInt max", () -> Integer.parseInt("2147483647"));
        attempt("parseInt min", () -> Integer.parseInt("-2147483648"));
        attempt("parseInt overflow", () -> Integer.parseInt("2147483648"));
        attempt("parseInt empty", () -> Integer.parseInt(""));
        attempt("parseInt null", () -> Integer.parseInt(null));
        attempt("parseInt spaces", () -> Integer.parseInt(" 1"));
        attempt("parseInt letters", () -> Integer.parseInt("12ab"));
        attempt("parseInt sign only", () -> Integer.parseInt("-"));
        attempt("parseInt hex", () -> Integer.parseInt("ff", 16));
        attempt("parseInt binary", () -> Integer.parseInt("-1010", 2));
        attempt("parseInt base36", () -> Integer.parseInt("zz", 36));
        attempt("parseInt bad radix digit", () -> Integer.parseInt("12", 2));
        attempt("parseInt radix 99", () -> Integer.parseInt("1", 99));
        attempt("valueOf", () -> Integer.valueOf("-99"));
        attempt("decode hex", () -> Integer.decode("0x1F"));
        attempt("decode octal", () -> Integer.decode("010"));
        attempt("decode neg hash", () -> Integer.decode("-#ff"));
        attempt("parseLong", () -> Long.parseLong("-9223372036854775808"));
        attempt("parseLong overflow", () -> Long.parseLong("9223372036854775808"));
        attempt("parseLong hex", () -> Long.parseLong("7fffffffffffffff", 16));
        attempt("parseLong with L", () -> Long.parseLong("10L"));
        attempt("parseUnsignedInt", () -> Integer.parseUnsignedInt("4294967295"));
        attempt("parseUnsignedInt overflow", () -> Integer.parseUnsignedInt("4294967296"));
        attempt("parseUnsignedLong", () -> Long.parseUnsignedLong("18446744073709551615"));
        attempt("parseShort", () -> Short.parseShort("-32768"));
        attempt("parseShort overflow", () -> Short.parseShort("40000"));
        attempt("parseByte", () -> Byte.parseByte("7f", 16));
        attempt("parseByte overflow", () -> Byte.parseByte("128"));
        attempt("parseBoolean", () -> Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null));
        int[] values = {0, 1, -1, 255, -255, 1000000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : values) {
            System.out.println(v + ": r2=" + Integer.toString(v, 2) + " r8=" + Integer.toString(v, 8) + " r16=" + Integer.toString(v, 16) + " r36=" + Integer.toString(v, 36)
                    + " hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v) + " unsigned=" + Integer.toUnsignedString(v) + " u16=" + Integer.toUnsignedString(v, 16));
        }
        long[] longs = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 50};
        for (long v : longs) {
            System.out.println(v + ": r36=" + Long.toString(v, 36) + " hex=" + Long.toHexString(v) + " bin length=" + Long.toBinaryString(v).length() + " unsigned=" + Long.toUnsignedString(v) + " oct=" + Long.toOctalString(v));
        }
        System.out.println("radix out of range falls back to 10: " + Integer.toString(255, 1) + " " + Integer.toString(255, 40));
        System.out.println("Character.digit " + Character.digit('f', 16) + " " + Character.digit('9', 8) + " forDigit " + Character.forDigit(11, 16) + " " + (int) Character.forDigit(11, 10));
        System.out.println("divideUnsigned " + Integer.divideUnsigned(-1, 3) + " remainderUnsigned " + Integer.remainderUnsigned(-1, 3) + " toUnsignedLong " + Integer.toUnsignedLong(-1));
        System.out.println("Long.divideUnsigned " + Long.divideUnsigned(-1L, 10) + " remainderUnsigned " + Long.remainderUnsigned(-1L, 10) + " compareUnsigned " + Long.compareUnsigned(-1L, 1L));
    }
}
