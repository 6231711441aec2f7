package java.lang;

/** Thrown by String and the string builders for an index or range out of bounds. */
public class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {
    public StringIndexOutOfBoundsException() {
        super();
    }

    public StringIndexOutOfBoundsException(String message) {
        super(message);
    }

    /** Message worded like JDK 17: {@code String index out of range: 5}. */
    public StringIndexOutOfBoundsException(int index) {
        super("String index out of range: " + index);
    }
}
