package java.lang;

/** Objects with a natural ordering. */
public interface Comparable<T> {
    /** Negative, zero or positive as this object is less than, equal to or greater than o. */
    int compareTo(T o);
}
