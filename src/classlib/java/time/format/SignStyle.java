/*
 * Tern class library: how the sign of a number is printed and parsed (java.time.format.SignStyle).
 */
package java.time.format;

public enum SignStyle {
    NORMAL, ALWAYS, NEVER, NOT_NEGATIVE, EXCEEDS_PAD;

    /** Whether a parsed sign is acceptable: positive says which sign was seen. */
    boolean parse(boolean positive, boolean strict, boolean fixedWidth) {
        switch (ordinal()) {
            case 0:
                // NORMAL: a minus is fine; a plus only when lenient
                return !positive || !strict;
            case 1:
            case 4:
                return true;
            default:
                return !strict && !fixedWidth;
        }
    }
}
