/*
 * @fileoverview java.math.RoundingMode: the rounding behaviours of BigDecimal and
 * java.text.DecimalFormat. Its int values match BigDecimal's legacy ROUND_* constants.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.math;

/** How to round a discarded fraction. */
public enum RoundingMode {
    UP(0),
    DOWN(1),
    CEILING(2),
    FLOOR(3),
    HALF_UP(4),
    HALF_DOWN(5),
    HALF_EVEN(6),
    UNNECESSARY(7);

    final int oldMode;

    RoundingMode(int oldMode) {
        this.oldMode = oldMode;
    }

    /** The mode of a legacy BigDecimal.ROUND_* constant. */
    public static RoundingMode valueOf(int rm) {
        if (rm < 0 || rm > 7) {
            throw new IllegalArgumentException("argument out of range");
        }
        return values()[rm];
    }
}
