package java.nio.charset;

/** Thrown when no support is available for a (legal) charset name. */
public class UnsupportedCharsetException extends IllegalArgumentException {
    private final String charsetName;

    public UnsupportedCharsetException(String charsetName) {
        super(String.valueOf(charsetName));
        this.charsetName = charsetName;
    }

    /** The name that was asked for. */
    public String getCharsetName() {
        return charsetName;
    }
}
