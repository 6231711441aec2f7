/*
 * @fileoverview An argument index below 1 or beyond the int range (package-private in the JDK too).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** An argument index that is not usable: 0, negative, or too large for an int. */
class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private static final long serialVersionUID = 4191767811181838112L;

    private final int illegalIndex;

    IllegalFormatArgumentIndexException(int index) {
        illegalIndex = index;
    }

    int getArgumentIndex() {
        return illegalIndex;
    }

    @Override
    public String getMessage() {
        if (illegalIndex == Integer.MIN_VALUE) {
            return "Format argument index: (not representable as int)";
        }
        return "Illegal format argument index = " + illegalIndex;
    }
}
