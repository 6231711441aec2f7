package java.lang;

/**
 * Thrown when a string cannot be converted to a number. The static helpers build the
 * messages the JDK 17 parsers use, so every parser words its failures the same way.
 */
public class NumberFormatException extends IllegalArgumentException {
    public NumberFormatException() {
        super();
    }

    public NumberFormatException(String message) {
        super(message);
    }

    /** {@code For input string: "x"}, plus {@code  under radix 16} when the radix is not 10. */
    static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\""
                + (radix == 10 ? "" : " under radix " + radix));
    }

    /** The failure of the CharSequence-range parsers: position relative to the range start. */
    static NumberFormatException forCharSequence(CharSequence s, int beginIndex, int endIndex,
            int errorIndex) {
        return new NumberFormatException("Error at index " + (errorIndex - beginIndex) + " in: \""
                + s.subSequence(beginIndex, endIndex) + "\"");
    }
}
