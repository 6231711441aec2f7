package java.io;

/** Malformed modified UTF-8 in DataInput.readUTF, or a string too long for writeUTF. */
public class UTFDataFormatException extends IOException {
    public UTFDataFormatException() {
        super();
    }

    public UTFDataFormatException(String s) {
        super(s);
    }
}
