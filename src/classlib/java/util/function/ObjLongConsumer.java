/*
 * @fileoverview Functional interface: an operation on an object and a long value.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** An operation taking an object and a long argument and returning nothing. */
public interface ObjLongConsumer<T> {
    /** Performs the operation. */
    void accept(T t, long value);
}
