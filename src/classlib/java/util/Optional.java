/*
 * @fileoverview A container holding at most one non-null value.
 * Tern class library (own implementation of the Java SE 17 API). stream() is not provided.
 */
package java.util;

import java.util.stream.Stream;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A value that may be absent. */
public final class Optional<T> {
    private static final Optional<?> EMPTY = new Optional<>(null);

    /** The value, or null when empty. */
    private final T value;

    /** The empty instance. */
    public static <T> Optional<T> empty() {
        @SuppressWarnings("unchecked") Optional<T> t = (Optional<T>) EMPTY;
        return t;
    }

    private Optional(T value) {
        this.value = value;
    }

    /** An Optional of the non-null {@code value}. */
    public static <T> Optional<T> of(T value) {
        return new Optional<>(Objects.requireNonNull(value));
    }

    /** An Optional of {@code value}, empty if it is null. */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> ofNullable(T value) {
        return value == null ? (Optional<T>) EMPTY : new Optional<>(value);
    }

    /** The value, or NoSuchElementException("No value present"). */
    public T get() {
        if (value == null) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    /** True if a value is present. */
    public boolean isPresent() {
        return value != null;
    }

    /** True if no value is present. */
    public boolean isEmpty() {
        return value == null;
    }

    /** Runs {@code action} on the value if present. */
    public void ifPresent(Consumer<? super T> action) {
        if (value != null) {
            action.accept(value);
        }
    }

    /** Runs {@code action} on the value, or {@code emptyAction} when empty. */
    public void ifPresentOrElse(Consumer<? super T> action, Runnable emptyAction) {
        if (value != null) {
            action.accept(value);
        } else {
            emptyAction.run();
        }
    }

    /** This Optional if its value matches {@code predicate}, else empty. */
    public Optional<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        if (!isPresent()) {
            return this;
        } else {
            return predicate.test(value) ? this : empty();
        }
    }

    /** The mapped value (empty if the mapper returns null). */
    public <U> Optional<U> map(Function<? super T, ? extends U> mapper) {
        Objects.requireNonNull(mapper);
        if (!isPresent()) {
            return empty();
        } else {
            return Optional.ofNullable(mapper.apply(value));
        }
    }

    /** The Optional returned by {@code mapper} (which must not be null). */
    public <U> Optional<U> flatMap(Function<? super T, ? extends Optional<? extends U>> mapper) {
        Objects.requireNonNull(mapper);
        if (!isPresent()) {
            return empty();
        } else {
            @SuppressWarnings("unchecked")
            Optional<U> r = (Optional<U>) mapper.apply(value);
            return Objects.requireNonNull(r);
        }
    }

    /** This Optional if present, else the one produced by {@code supplier}. */
    public Optional<T> or(Supplier<? extends Optional<? extends T>> supplier) {
        Objects.requireNonNull(supplier);
        if (isPresent()) {
            return this;
        } else {
            @SuppressWarnings("unchecked")
            Optional<T> r = (Optional<T>) supplier.get();
            return Objects.requireNonNull(r);
        }
    }

    /** The value, or {@code other}. */
    public T orElse(T other) {
        return value != null ? value : other;
    }

    /** The value, or the result of {@code supplier}. */
    public T orElseGet(Supplier<? extends T> supplier) {
        return value != null ? value : supplier.get();
    }

    /** The value, or NoSuchElementException("No value present"). */
    public T orElseThrow() {
        if (value == null) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    /** The value, or throws the exception produced by {@code exceptionSupplier}. */
    public <X extends Throwable> T orElseThrow(Supplier<? extends X> exceptionSupplier) throws X {
        if (value != null) {
            return value;
        } else {
            throw exceptionSupplier.get();
        }
    }

    @Override public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Optional<?> other && Objects.equals(value, other.value);
    }

    @Override public int hashCode() {
        return Objects.hashCode(value);
    }

    /** "Optional[value]" or "Optional.empty". */
    @Override public String toString() {
        return value != null ? ("Optional[" + value + "]") : "Optional.empty";
    }

    /** A stream of the value, or an empty stream. */
    public Stream<T> stream() {
        if (!isPresent()) {
            return Stream.empty();
        }
        return Stream.of(value);
    }
}
