/*
 * @fileoverview Shared comparator implementations behind Comparator.naturalOrder, nullsFirst,
 * nullsLast and Map.Entry.comparingByKey/Value. Tern class library.
 */
package java.util;

/** Holder of package-private comparator classes. */
final class Comparators {
    private Comparators() {
    }

    /** Natural ordering; a singleton so that reversed() round-trips. */
    static final class NaturalOrderComparator implements Comparator<Comparable<Object>> {
        /** The only instance. */
        static final NaturalOrderComparator INSTANCE = new NaturalOrderComparator();

        private NaturalOrderComparator() {
        }

        @Override public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c1.compareTo(c2);
        }

        @Override public Comparator<Comparable<Object>> reversed() {
            return Collections.reverseOrder();
        }
    }

    /** Puts nulls first or last, delegating the rest to {@code real} (null: all equal). */
    static final class NullComparator<T> implements Comparator<T> {
        private final boolean nullFirst;
        private final Comparator<T> real;

        /** Creates the comparator. */
        @SuppressWarnings("unchecked")
        NullComparator(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        @Override public int compare(T a, T b) {
            if (a == null) {
                return (b == null) ? 0 : (nullFirst ? -1 : 1);
            } else if (b == null) {
                return nullFirst ? 1 : -1;
            } else {
                return (real == null) ? 0 : real.compare(a, b);
            }
        }

        @Override public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new NullComparator<>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        @Override public Comparator<T> reversed() {
            return new NullComparator<>(!nullFirst, real == null ? null : real.reversed());
        }
    }

    /** Map.Entry.comparingByKey() with natural ordering. */
    static final Comparator<Map.Entry<Comparable<Object>, Object>> ENTRY_BY_KEY =
            (c1, c2) -> c1.getKey().compareTo(c2.getKey());

    /** Map.Entry.comparingByValue() with natural ordering. */
    static final Comparator<Map.Entry<Object, Comparable<Object>>> ENTRY_BY_VALUE =
            (c1, c2) -> c1.getValue().compareTo(c2.getValue());
}
