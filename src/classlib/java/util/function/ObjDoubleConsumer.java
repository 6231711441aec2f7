/*
 * @fileoverview Functional interface: an operation on an object and a double value.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** An operation taking an object and a double argument and returning nothing. */
public interface ObjDoubleConsumer<T> {
    /** Performs the operation. */
    void accept(T t, double value);
}
