/*
 * @fileoverview Functional interface: a boolean-valued function of one argument.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** A predicate of one argument. */
public interface Predicate<T> {
    /** Evaluates the predicate. */
    boolean test(T t);

    /** Short-circuiting logical AND of this predicate and {@code other}. */
    default Predicate<T> and(Predicate<? super T> other) {
        Objects.requireNonNull(other);
        return (t) -> test(t) && other.test(t);
    }

    /** Logical negation of this predicate. */
    default Predicate<T> negate() {
        return (t) -> !test(t);
    }

    /** Short-circuiting logical OR of this predicate and {@code other}. */
    default Predicate<T> or(Predicate<? super T> other) {
        Objects.requireNonNull(other);
        return (t) -> test(t) || other.test(t);
    }

    /** Returns a predicate testing equality with {@code targetRef} per Objects.equals. */
    static <T> Predicate<T> isEqual(Object targetRef) {
        return (null == targetRef)
                ? Objects::isNull
                : object -> targetRef.equals(object);
    }

    /** Returns the negation of {@code target}. */
    @SuppressWarnings("unchecked")
    static <T> Predicate<T> not(Predicate<? super T> target) {
        Objects.requireNonNull(target);
        return (Predicate<T>) target.negate();
    }
}
