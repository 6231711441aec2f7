package java.nio.charset;

import java.io.IOException;

/** A character encoding or decoding error. */
public class CharacterCodingException extends IOException {
    public CharacterCodingException() {
    }
}
