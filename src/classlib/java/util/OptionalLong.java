/*
 * @fileoverview A container holding at most one long value.
 * Tern class library (own implementation of the Java SE 17 API). stream() is not provided.
 */
package java.util;

import java.util.stream.LongStream;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** A long value that may be absent. */
public final class OptionalLong {
    private static final OptionalLong EMPTY = new OptionalLong();

    private final boolean isPresent;
    private final long value;

    private OptionalLong() {
        this.isPresent = false;
        this.value = 0;
    }

    /** The empty instance. */
    public static OptionalLong empty() {
        return EMPTY;
    }

    private OptionalLong(long value) {
        this.isPresent = true;
        this.value = value;
    }

    /** An OptionalLong holding {@code value}. */
    public static OptionalLong of(long value) {
        return new OptionalLong(value);
    }

    /** The value, or NoSuchElementException("No value present"). */
    public long getAsLong() {
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
    public void ifPresent(LongConsumer action) {
        if (isPresent) {
            action.accept(value);
        }
    }

    /** Runs {@code action} on the value, or {@code emptyAction} when empty. */
    public void ifPresentOrElse(LongConsumer action, Runnable emptyAction) {
        if (isPresent) {
            action.accept(value);
        } else {
            emptyAction.run();
        }
    }

    /** The value, or {@code other}. */
    public long orElse(long other) {
        return isPresent ? value : other;
    }

    /** The value, or the result of {@code supplier}. */
    public long orElseGet(LongSupplier supplier) {
        return isPresent ? value : supplier.getAsLong();
    }

    /** The value, or NoSuchElementException("No value present"). */
    public long orElseThrow() {
        if (!isPresent) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    /** The value, or throws the exception produced by {@code exceptionSupplier}. */
    public <X extends Throwable> long orElseThrow(Supplier<? extends X> exceptionSupplier) throws X {
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
        return obj instanceof OptionalLong other
                && (isPresent && other.isPresent
                ? value == other.value
                : isPresent == other.isPresent);
    }

    @Override public int hashCode() {
        return isPresent ? Long.hashCode(value) : 0;
    }

    /** "OptionalLong[value]" or "OptionalLong.empty". */
    @Override public String toString() {
        return isPresent ? ("OptionalLong[" + value + "]") : "OptionalLong.empty";
    }

    /** A stream of the value, or an empty stream. */
    public LongStream stream() {
        if (isPresent) {
            return LongStream.of(value);
        }
        return LongStream.empty();
    }
}
