/*
 * @fileoverview A container holding at most one double value.
 * Tern class library (own implementation of the Java SE 17 API). stream() is not provided.
 */
package java.util;

import java.util.stream.DoubleStream;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/** A double value that may be absent. */
public final class OptionalDouble {
    private static final OptionalDouble EMPTY = new OptionalDouble();

    private final boolean isPresent;
    private final double value;

    private OptionalDouble() {
        this.isPresent = false;
        this.value = 0;
    }

    /** The empty instance. */
    public static OptionalDouble empty() {
        return EMPTY;
    }

    private OptionalDouble(double value) {
        this.isPresent = true;
        this.value = value;
    }

    /** An OptionalDouble holding {@code value}. */
    public static OptionalDouble of(double value) {
        return new OptionalDouble(value);
    }

    /** The value, or NoSuchElementException("No value present"). */
    public double getAsDouble() {
        if (!isPresent) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    /** True if a value is present. */
    public boolean isPresent() {
        return isPresent;
    }

    /** True if no value is present. */
    public boolean isEmpty() {
        return !isPresent;
    }

    /** Runs {@code action} on the value if present. */
    public void ifPresent(DoubleConsumer action) {
        if (isPresent) {
            action.accept(value);
        }
    }

    /** Runs {@code action} on the value, or {@code emptyAction} when empty. */
    public void ifPresentOrElse(DoubleConsumer action, Runnable emptyAction) {
        if (isPresent) {
            action.accept(value);
        } else {
            emptyAction.run();
        }
    }

    /** The value, or {@code other}. */
    public double orElse(double other) {
        return isPresent ? value : other;
    }

    /** The value, or the result of {@code supplier}. */
    public double orElseGet(DoubleSupplier supplier) {
        return isPresent ? value : supplier.getAsDouble();
    }

    /** The value, or NoSuchElementException("No value present"). */
    public double orElseThrow() {
        if (!isPresent) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    /** The value, or throws the exception produced by {@code exceptionSupplier}. */
    public <X extends Throwable> double orElseThrow(Supplier<? extends X> exceptionSupplier) throws X {
        if (isPresent) {
            return value;
        } else {
            throw exceptionSupplier.get();
        }
    }

    @Override public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof OptionalDouble other
                && (isPresent && other.isPresent
                ? Double.compare(value, other.value) == 0
                : isPresent == other.isPresent);
    }

    @Override public int hashCode() {
        return isPresent ? Double.hashCode(value) : 0;
    }

    /** "OptionalDouble[value]" or "OptionalDouble.empty". */
    @Override public String toString() {
        return isPresent ? ("OptionalDouble[" + value + "]") : "OptionalDouble.empty";
    }

    /** A stream of the value, or an empty stream. */
    public DoubleStream stream() {
        if (isPresent) {
            return DoubleStream.of(value);
        }
        return DoubleStream.empty();
    }
}
