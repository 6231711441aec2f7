/*
 * @fileoverview A container holding at most one int value.
 * Tern class library (own implementation of the Java SE 17 API). stream() is not provided.
 */
package java.util;

import java.util.stream.IntStream;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** A int value that may be absent. */
public final class OptionalInt {
    private static final OptionalInt EMPTY = new OptionalInt();

    private final boolean isPresent;
    private final int value;

    private OptionalInt() {
        this.isPresent = false;
        this.value = 0;
    }

    /** The empty instance. */
    public static OptionalInt empty() {
        return EMPTY;
    }

    private OptionalInt(int value) {
        this.isPresent = true;
        this.value = value;
    }

    /** An OptionalInt holding {@code value}. */
    public static OptionalInt of(int value) {
        return new OptionalInt(value);
    }

    /** The value, or NoSuchElementException("No value present"). */
    public int getAsInt() {
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
    public void ifPresent(IntConsumer action) {
        if (isPresent) {
            action.accept(value);
        }
    }

    /** Runs {@code action} on the value, or {@code emptyAction} when empty. */
    public void ifPresentOrElse(IntConsumer action, Runnable emptyAction) {
        if (isPresent) {
            action.accept(value);
        } else {
            emptyAction.run();
        }
    }

    /** The value, or {@code other}. */
    public int orElse(int other) {
        return isPresent ? value : other;
    }

    /** The value, or the result of {@code supplier}. */
    public int orElseGet(IntSupplier supplier) {
        return isPresent ? value : supplier.getAsInt();
    }

    /** The value, or NoSuchElementException("No value present"). */
    public int orElseThrow() {
        if (!isPresent) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    /** The value, or throws the exception produced by {@code exceptionSupplier}. */
    public <X extends Throwable> int orElseThrow(Supplier<? extends X> exceptionSupplier) throws X {
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
        return obj instanceof OptionalInt other
                && (isPresent && other.isPresent
                ? value == other.value
                : isPresent == other.isPresent);
    }

    @Override public int hashCode() {
        return isPresent ? Integer.hashCode(value) : 0;
    }

    /** "OptionalInt[value]" or "OptionalInt.empty". */
    @Override public String toString() {
        return isPresent ? ("OptionalInt[" + value + "]") : "OptionalInt.empty";
    }

    /** A stream of the value, or an empty stream. */
    public IntStream stream() {
        if (isPresent) {
            return IntStream.of(value);
        }
        return IntStream.empty();
    }
}
