package java.lang;

import java.util.Spliterator;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/** A readable sequence of UTF-16 code units. */
public interface CharSequence {
    /** The number of chars. */
    int length();

    /** The char at {@code index}. */
    char charAt(int index);

    /** True when the length is 0. */
    default boolean isEmpty() {
        return this.length() == 0;
    }

    /** The chars {@code [start, end)}. */
    CharSequence subSequence(int start, int end);

    /** The chars as a String. */
    String toString();

    /** Lexicographic comparison of the chars, as String.compareTo. */
    @SuppressWarnings("unchecked")
    static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) {
            return 0;
        }
        if (cs1.getClass() == cs2.getClass() && cs1 instanceof Comparable) {
            return ((Comparable<Object>) cs1).compareTo(cs2);
        }
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }

    /** The chars as ints; the length is read when the terminal operation starts. */
    default IntStream chars() {
        return StreamSupport.intStream(() -> new StringStreams.Chars(this, 0, length(), 0),
                Spliterator.SUBSIZED | Spliterator.SIZED | Spliterator.ORDERED, false);
    }

    /** The code points (an unpaired surrogate is its own value). */
    default IntStream codePoints() {
        return StreamSupport.intStream(() -> new StringStreams.CodePoints(this, 0), Spliterator.ORDERED, false);
    }
}
