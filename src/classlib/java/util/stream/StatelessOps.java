/*
 * @fileoverview The element-at-a-time operations: filter, map (also mapToX), convert (boxed,
 * asXStream), peek, flatMap, mapMulti and the pass-through used by unordered() and by a
 * sorted() that has nothing to do. flatMap pushes each inner stream's elements downstream and closes it; once a
 * later stage has asked for cancellation it advances the inner stream one element at a time
 * and stops as soon as no more are wanted. mapMulti hands the downstream sink to the mapper.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** Factories of the stateless intermediate operations. */
final class StatelessOps {
    private StatelessOps() {
    }

    /** Keeps the elements matching {@code predicate}. */
    static <T> Op<T, T> filter(Predicate<? super T> predicate) {
        return new Op<T, T>(Op.CLEARS_SIZE) {
            @Override Sink<T> wrap(Sink<? super T> downstream) {
                return new Sink.Chained<T, T>(downstream) {
                    @Override void begin(long size) {
                        downstream.begin(-1);
                    }

                    @Override public void accept(T t) {
                        if (predicate.test(t)) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    /** Replaces each element by {@code mapper}'s result. */
    static <T, R> Op<T, R> map(Function<? super T, ? extends R> mapper) {
        return new Op<T, R>(Op.CLEARS_SORTED) {
            @Override Sink<T> wrap(Sink<? super R> downstream) {
                return new Sink.Chained<T, R>(downstream) {
                    @Override public void accept(T t) {
                        downstream.accept(mapper.apply(t));
                    }
                };
            }
        };
    }

    /**
     * A conversion that keeps order and distinctness (boxed(), asLongStream(),
     * asDoubleStream()): like map, but a sorted stream stays known to be sorted.
     */
    static <T, R> Op<T, R> convert(Function<? super T, ? extends R> converter) {
        return new Op<T, R>(0) {
            @Override Sink<T> wrap(Sink<? super R> downstream) {
                return new Sink.Chained<T, R>(downstream) {
                    @Override public void accept(T t) {
                        downstream.accept(converter.apply(t));
                    }
                };
            }
        };
    }

    /** Runs {@code action} on each element as it passes. */
    static <T> Op<T, T> peek(Consumer<? super T> action) {
        return new Op<T, T>(0) {
            @Override Sink<T> wrap(Sink<? super T> downstream) {
                return new Sink.Chained<T, T>(downstream) {
                    @Override public void accept(T t) {
                        action.accept(t);
                        downstream.accept(t);
                    }
                };
            }
        };
    }

    /** Changes only the stream's flags. */
    static <T> Op<T, T> passThrough(int flags) {
        return new Op<T, T>(flags) {
            @SuppressWarnings("unchecked")
            @Override Sink<T> wrap(Sink<? super T> downstream) {
                return (Sink<T>) downstream;
            }
        };
    }

    /**
     * Replaces each element by the elements of the stream {@code mapper} returns (null: none).
     * Primitive inner streams are passed in boxed.
     */
    static <T, R> Op<T, R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        return new Op<T, R>(Op.CLEARS_SIZE | Op.CLEARS_SORTED) {
            @Override Sink<T> wrap(Sink<? super R> downstream) {
                return new Sink.Chained<T, R>(downstream) {
                    /** Set once someone downstream may cancel: then elements go one at a time. */
                    private boolean cancellable;

                    @Override void begin(long size) {
                        downstream.begin(-1);
                    }

                    @Override public void accept(T t) {
                        try (Stream<? extends R> result = mapper.apply(t)) {
                            if (result != null) {
                                if (!cancellable) {
                                    result.sequential().forEach(downstream);
                                } else {
                                    Spliterator<? extends R> s = result.sequential().spliterator();
                                    while (!downstream.cancellationRequested() && s.tryAdvance(downstream)) {
                                    }
                                }
                            }
                        }
                    }

                    @Override boolean cancellationRequested() {
                        cancellable = true;
                        return downstream.cancellationRequested();
                    }
                };
            }
        };
    }

    /** Lets {@code mapper} emit any number of elements for each element. */
    static <T, R> Op<T, R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        return new Op<T, R>(Op.CLEARS_SIZE | Op.CLEARS_SORTED) {
            @Override Sink<T> wrap(Sink<? super R> downstream) {
                return new Sink.Chained<T, R>(downstream) {
                    @Override void begin(long size) {
                        downstream.begin(-1);
                    }

                    @SuppressWarnings("unchecked")
                    @Override public void accept(T t) {
                        mapper.accept(t, (Consumer<R>) downstream);
                    }
                };
            }
        };
    }
}
