package java.lang;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/** Objects usable in an enhanced for statement. */
public interface Iterable<T> {
    /** A fresh iterator over the elements. */
    Iterator<T> iterator();

    /** Runs {@code action} on each element in iteration order. */
    default void forEach(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (T t : this) {
            action.accept(t);
        }
    }

    /** A spliterator of unknown size over a fresh iterator. */
    default Spliterator<T> spliterator() {
        return Spliterators.spliteratorUnknownSize(iterator(), 0);
    }
}
