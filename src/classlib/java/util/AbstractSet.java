/*
 * @fileoverview Skeletal Set: equals/hashCode per the Set contract and a size-aware removeAll.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Skeletal implementation of Set. */
public abstract class AbstractSet<E> extends AbstractCollection<E> implements Set<E> {
    /** For subclasses. */
    protected AbstractSet() {
    }

    /** Equal to any Set of the same size containing all of this set's elements. */
    @Override public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Set)) {
            return false;
        }
        Collection<?> c = (Collection<?>) o;
        if (c.size() != size()) {
            return false;
        }
        try {
            return containsAll(c);
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
    }

    /** Sum of the elements' hash codes (null counts 0). */
    @Override public int hashCode() {
        int h = 0;
        Iterator<E> i = iterator();
        while (i.hasNext()) {
            E obj = i.next();
            if (obj != null) {
                h += obj.hashCode();
            }
        }
        return h;
    }

    /** Iterates the smaller side: c's elements are removed, or this set's are tested in c. */
    @Override public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        boolean modified = false;
        if (size() > c.size()) {
            for (Object e : c) {
                modified |= remove(e);
            }
        } else {
            for (Iterator<?> i = iterator(); i.hasNext(); ) {
                if (c.contains(i.next())) {
                    i.remove();
                    modified = true;
                }
            }
        }
        return modified;
    }
}
