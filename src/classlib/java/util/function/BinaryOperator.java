/*
 * @fileoverview Functional interface: a BiFunction whose operands and result share one type.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Comparator;
import java.util.Objects;

/** An operation on two operands of the same type producing a result of that type. */
public interface BinaryOperator<T> extends BiFunction<T, T, T> {
    /** Returns an operator yielding the lesser operand (the first on ties). */
    public static <T> BinaryOperator<T> minBy(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return (a, b) -> comparator.compare(a, b) <= 0 ? a : b;
    }

    /** Returns an operator yielding the greater operand (the first on ties). */
    public static <T> BinaryOperator<T> maxBy(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return (a, b) -> comparator.compare(a, b) >= 0 ? a : b;
    }
}
