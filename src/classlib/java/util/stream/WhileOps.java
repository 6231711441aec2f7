/*
 * @fileoverview takeWhile (short-circuits at the first element failing the predicate, which
 * has then already been read) and dropWhile (passes everything from the first failing element).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.function.Predicate;

/** Factories of takeWhile and dropWhile. */
final class WhileOps {
    private WhileOps() {
    }

    static <T> Op<T, T> takeWhile(Predicate<? super T> predicate) {
        return new Op<T, T>(Op.CLEARS_SIZE | Op.SHORT_CIRCUIT) {
            @Override Sink<T> wrap(Sink<? super T> downstream) {
                return new Sink.Chained<T, T>(downstream) {
                    private boolean taking = true;

                    @Override void begin(long size) {
                        downstream.begin(-1);
                    }

                    @Override public void accept(T t) {
                        if (taking && (taking = predicate.test(t))) {
                            downstream.accept(t);
                        }
                    }

                    @Override boolean cancellationRequested() {
                        return !taking || downstream.cancellationRequested();
                    }
                };
            }
        };
    }

    static <T> Op<T, T> dropWhile(Predicate<? super T> predicate) {
        return new Op<T, T>(Op.CLEARS_SIZE) {
            @Override Sink<T> wrap(Sink<? super T> downstream) {
                return new Sink.Chained<T, T>(downstream) {
                    private boolean passing;

                    @Override void begin(long size) {
                        downstream.begin(-1);
                    }

                    @Override public void accept(T t) {
                        if (passing || (passing = !predicate.test(t))) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }
}
