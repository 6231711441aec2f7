/*
 * @fileoverview The EnumSet implementation: one bit per constant in a long[] indexed by
 * ordinal. Iterators read each word when they reach it (so, like the JDK's, they are not
 * fail-fast) and support remove.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Bit-vector EnumSet for enums of any size. */
final class RegularEnumSet<E extends Enum<E>> extends EnumSet<E> {
    /** Bit i of word i / 64 is set when the constant of ordinal i is present. */
    private long[] elements;
    private int size = 0;

    RegularEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        elements = new long[(universe.length + 63) >>> 6];
    }

    @Override void addRange(E from, E to) {
        for (int i = from.ordinal(), end = to.ordinal(); i <= end; i++) {
            elements[i >>> 6] |= 1L << i;
        }
        recalculateSize();
    }

    @Override void addAll() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = -1;
        }
        elements[elements.length - 1] >>>= -universe.length;
        size = universe.length;
    }

    @Override void complement() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = ~elements[i];
        }
        elements[elements.length - 1] &= (-1L >>> -universe.length);
        size = universe.length - size;
    }

    private void recalculateSize() {
        int n = 0;
        for (long e : elements) {
            n += Long.bitCount(e);
        }
        size = n;
    }

    @Override public Iterator<E> iterator() {
        return new EnumSetIterator();
    }

    /** Ordinal-order iterator. */
    private final class EnumSetIterator implements Iterator<E> {
        /** Bits of the current word not yet returned. */
        private long unseen;
        /** Index of the current word. */
        private int unseenIndex = 0;
        /** Bit of the last returned element in word lastReturnedIndex, or 0. */
        private long lastReturned = 0;
        private int lastReturnedIndex = 0;

        EnumSetIterator() {
            unseen = elements[0];
        }

        @Override public boolean hasNext() {
            while (unseen == 0 && unseenIndex < elements.length - 1) {
                unseen = elements[++unseenIndex];
            }
            return unseen != 0;
        }

        @SuppressWarnings("unchecked")
        @Override public E next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturned = unseen & -unseen;
            lastReturnedIndex = unseenIndex;
            unseen -= lastReturned;
            return (E) universe[(lastReturnedIndex << 6) + Long.numberOfTrailingZeros(lastReturned)];
        }

        @Override public void remove() {
            if (lastReturned == 0) {
                throw new IllegalStateException();
            }
            final long oldElements = elements[lastReturnedIndex];
            elements[lastReturnedIndex] &= ~lastReturned;
            if (oldElements != elements[lastReturnedIndex]) {
                size--;
            }
            lastReturned = 0;
        }
    }

    @Override public int size() {
        return size;
    }

    @Override public boolean isEmpty() {
        return size == 0;
    }

    /** Ordinal of {@code e} if it is a constant of the element type, else -1. */
    private int ordinalOf(Object e) {
        if (e == null) {
            return -1;
        }
        Class<?> eClass = e.getClass();
        if (eClass != elementType && eClass.getSuperclass() != elementType) {
            return -1;
        }
        return ((Enum<?>) e).ordinal();
    }

    @Override public boolean contains(Object e) {
        int ordinal = ordinalOf(e);
        return ordinal >= 0 && (elements[ordinal >>> 6] & (1L << ordinal)) != 0;
    }

    @Override public boolean add(E e) {
        typeCheck(e);
        int eOrdinal = e.ordinal();
        int eWordNum = eOrdinal >>> 6;
        long oldElements = elements[eWordNum];
        elements[eWordNum] |= (1L << eOrdinal);
        boolean result = (elements[eWordNum] != oldElements);
        if (result) {
            size++;
        }
        return result;
    }

    @Override public boolean remove(Object e) {
        int ordinal = ordinalOf(e);
        if (ordinal < 0) {
            return false;
        }
        int eWordNum = ordinal >>> 6;
        long oldElements = elements[eWordNum];
        elements[eWordNum] &= ~(1L << ordinal);
        boolean result = (elements[eWordNum] != oldElements);
        if (result) {
            size--;
        }
        return result;
    }

    @Override public boolean containsAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet<?> es)) {
            return super.containsAll(c);
        }
        if (es.elementType != elementType) {
            return es.isEmpty();
        }
        for (int i = 0; i < elements.length; i++) {
            if ((es.elements[i] & ~elements[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override public boolean addAll(Collection<? extends E> c) {
        if (!(c instanceof RegularEnumSet<?> es)) {
            return super.addAll(c);
        }
        if (es.elementType != elementType) {
            if (es.isEmpty()) {
                return false;
            }
            throw new ClassCastException(es.elementType + " != " + elementType);
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] |= es.elements[i];
        }
        return recalculateSizeChanged();
    }

    @Override public boolean removeAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet<?> es)) {
            return super.removeAll(c);
        }
        if (es.elementType != elementType) {
            return false;
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= ~es.elements[i];
        }
        return recalculateSizeChanged();
    }

    @Override public boolean retainAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet<?> es)) {
            return super.retainAll(c);
        }
        if (es.elementType != elementType) {
            boolean changed = (size != 0);
            clear();
            return changed;
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= es.elements[i];
        }
        return recalculateSizeChanged();
    }

    private boolean recalculateSizeChanged() {
        int oldSize = size;
        recalculateSize();
        return size != oldSize;
    }

    @Override public void clear() {
        Arrays.fill(elements, 0);
        size = 0;
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof RegularEnumSet<?> es)) {
            return super.equals(o);
        }
        if (es.elementType != elementType) {
            return size == 0 && es.size == 0;
        }
        return Arrays.equals(es.elements, elements);
    }

    @Override public EnumSet<E> clone() {
        RegularEnumSet<E> result = (RegularEnumSet<E>) super.clone();
        result.elements = result.elements.clone();
        return result;
    }
}
