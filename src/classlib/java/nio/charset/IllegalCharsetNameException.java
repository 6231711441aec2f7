package java.nio.charset;

/** Thrown for a string that is not a legal charset name. */
public class IllegalCharsetNameException extends IllegalArgumentException {
    private final String charsetName;

    public IllegalCharsetNameException(String charsetName) {
        super(String.valueOf(charsetName));
        this.charsetName = charsetName;
    }

    /** The illegal name. */
    public String getCharsetName() {
        return charsetName;
    }
}
