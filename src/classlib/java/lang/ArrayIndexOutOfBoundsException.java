package java.lang;

/** Thrown when an array index is out of range (JVMS §6.5 iaload and friends). */
public class ArrayIndexOutOfBoundsException extends IndexOutOfBoundsException {
    public ArrayIndexOutOfBoundsException() {
        super();
    }

    public ArrayIndexOutOfBoundsException(String message) {
        super(message);
    }

    /** Message worded like JDK 17: {@code Array index out of range: 5}. */
    public ArrayIndexOutOfBoundsException(int index) {
        super("Array index out of range: " + index);
    }
}
