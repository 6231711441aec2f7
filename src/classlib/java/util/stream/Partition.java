/*
 * @fileoverview The map partitioningBy returns: exactly the keys false and true, iterating
 * false first ({false=..., true=...}); unmodifiable.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** A two-entry map from Boolean. */
final class Partition<T> extends AbstractMap<Boolean, T> implements Map<Boolean, T> {
    final T forTrue;
    final T forFalse;

    Partition(T forTrue, T forFalse) {
        this.forTrue = forTrue;
        this.forFalse = forFalse;
    }

    @Override public Set<Map.Entry<Boolean, T>> entrySet() {
        return new AbstractSet<Map.Entry<Boolean, T>>() {
            @Override public Iterator<Map.Entry<Boolean, T>> iterator() {
                Map.Entry<Boolean, T> falseEntry = new SimpleImmutableEntry<>(false, forFalse);
                Map.Entry<Boolean, T> trueEntry = new SimpleImmutableEntry<>(true, forTrue);
                return Arrays.asList(falseEntry, trueEntry).iterator();
            }

            @Override public int size() {
                return 2;
            }
        };
    }

    @Override public boolean containsKey(Object key) {
        return key instanceof Boolean;
    }

    @Override public T get(Object key) {
        if (key instanceof Boolean) {
            return ((Boolean) key) ? forTrue : forFalse;
        }
        return null;
    }
}
