/*
 * @fileoverview Functional interface: an operation on an object and a int value.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** An operation taking an object and a int argument and returning nothing. */
public interface ObjIntConsumer<T> {
    /** Performs the operation. */
    void accept(T t, int value);
}
