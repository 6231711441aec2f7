/*
 * @fileoverview A mutable reduction: make a container, fold elements into it, (merge
 * containers,) and finish it into the result. Collector.of builds one from functions.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/** A mutable reduction operation from elements T, through container A, to a result R. */
public interface Collector<T, A, R> {
    Supplier<A> supplier();

    BiConsumer<A, T> accumulator();

    BinaryOperator<A> combiner();

    Function<A, R> finisher();

    Set<Characteristics> characteristics();

    /** A collector whose result is the container itself (IDENTITY_FINISH is added). */
    public static <T, R> Collector<T, R, R> of(Supplier<R> supplier, BiConsumer<R, T> accumulator,
            BinaryOperator<R> combiner, Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(characteristics);
        Set<Characteristics> cs = characteristics.length == 0
                ? CollectorImpl.CH_ID
                : Collections.unmodifiableSet(EnumSet.of(Characteristics.IDENTITY_FINISH, characteristics));
        return new CollectorImpl<>(supplier, accumulator, combiner, CollectorImpl.castingIdentity(), cs);
    }

    public static <T, A, R> Collector<T, A, R> of(Supplier<A> supplier, BiConsumer<A, T> accumulator,
            BinaryOperator<A> combiner, Function<A, R> finisher, Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(finisher);
        Objects.requireNonNull(characteristics);
        Set<Characteristics> cs = CollectorImpl.CH_NOID;
        if (characteristics.length > 0) {
            EnumSet<Characteristics> set = EnumSet.noneOf(Characteristics.class);
            Collections.addAll(set, characteristics);
            cs = Collections.unmodifiableSet(set);
        }
        return new CollectorImpl<>(supplier, accumulator, combiner, finisher, cs);
    }

    /** Properties that let a stream implementation optimize a collection. */
    enum Characteristics {
        /** The accumulator may be called concurrently on one container. */
        CONCURRENT,
        /** The result does not depend on encounter order. */
        UNORDERED,
        /** The finisher is the identity and may be skipped. */
        IDENTITY_FINISH
    }
}
