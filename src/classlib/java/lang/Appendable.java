package java.lang;

import java.io.IOException;

/** Something characters can be appended to (builders, writers, print streams). */
public interface Appendable {
    /** Appends the whole sequence ("null" for null). */
    Appendable append(CharSequence csq) throws IOException;

    /** Appends {@code csq[start, end)} ("null" for null). */
    Appendable append(CharSequence csq, int start, int end) throws IOException;

    /** Appends one char. */
    Appendable append(char c) throws IOException;
}
