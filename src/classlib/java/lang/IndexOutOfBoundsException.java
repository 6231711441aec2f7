package java.lang;

/** Thrown when an index into an array, string or collection is out of range. */
public class IndexOutOfBoundsException extends RuntimeException {
    public IndexOutOfBoundsException() {
        super();
    }

    public IndexOutOfBoundsException(String message) {
        super(message);
    }

    /** Message worded like JDK 17: {@code Index out of range: 5}. */
    public IndexOutOfBoundsException(int index) {
        super("Index out of range: " + index);
    }

    /** Message worded like JDK 17: {@code Index out of range: 5}. */
    public IndexOutOfBoundsException(long index) {
        super("Index out of range: " + index);
    }
}
