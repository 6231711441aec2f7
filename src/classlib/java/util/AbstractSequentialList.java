/*
 * @fileoverview Skeletal List for sequential-access storage: positional operations go through
 * listIterator(index). Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Skeletal implementation of a sequential-access List. */
public abstract class AbstractSequentialList<E> extends AbstractList<E> {
    /** For subclasses. */
    protected AbstractSequentialList() {
    }

    @Override public E get(int index) {
        try {
            return listIterator(index).next();
        } catch (NoSuchElementException exc) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }
    }

    @Override public E set(int index, E element) {
        try {
            ListIterator<E> e = listIterator(index);
            E oldVal = e.next();
            e.set(element);
            return oldVal;
        } catch (NoSuchElementException exc) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }
    }

    @Override public void add(int index, E element) {
        try {
            listIterator(index).add(element);
        } catch (NoSuchElementException exc) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }
    }

    @Override public E remove(int index) {
        try {
            ListIterator<E> e = listIterator(index);
            E outCast = e.next();
            e.remove();
            return outCast;
        } catch (NoSuchElementException exc) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }
    }

    @Override public boolean addAll(int index, Collection<? extends E> c) {
        try {
            boolean modified = false;
            ListIterator<E> e1 = listIterator(index);
            for (E e : c) {
                e1.add(e);
                modified = true;
            }
            return modified;
        } catch (NoSuchElementException exc) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }
    }

    @Override public Iterator<E> iterator() {
        return listIterator();
    }

    @Override public abstract ListIterator<E> listIterator(int index);
}
