import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Custom Iterable types used with for-each: a numeric range, a lazy Fibonacci sequence, a filtering iterator and a tree walker. */
public class IteratorProtocol {
    static final class Range implements Iterable<Integer> {
        final int start, end, step;
        Range(int start, int end, int step) { this.start = start; this.end = end; this.step = step; }

        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = start;
                public boolean hasNext() { return step > 0 ? next < end : next > end; }
                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException("range exhausted at " + next);
                    int v = next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static Iterable<Long> fibonacci(int count) {
        return () -> new Iterator<>() {
            long a = 0, b = 1;
            int produced;
            public boolean hasNext() { return produced < count; }
            public Long next() {
                long r = a;
                a = b;
                b = r + b;
                produced++;
                return r;
            }
        };
    }

    static <T> Iterator<T> filter(Iterator<T> source, java.util.function.Predicate<T> keep) {
        return new Iterator<>() {
            T pending;
            boolean ready;
            public boolean hasNext() {
                while (!ready && source.hasNext()) {
                    T t = source.next();
                    if (keep.test(t)) { pending = t; ready = true; }
                }
                return ready;
            }
            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                ready = false;
                return pending;
            }
        };
    }

    static final class Tree implements Iterable<String> {
        final String label;
        final List<Tree> children = new ArrayList<>();
        Tree(String label, Tree... kids) { this.label = label; for (Tree k : kids) children.add(k); }

        public Iterator<String> iterator() {
            List<String> out = new ArrayList<>();
            collect(this, 0, out);
            return out.iterator();
        }

        private static void collect(Tree t, int depth, List<String> out) {
            out.add("-".repeat(depth) + t.label);
            for (Tree c : t.children) collect(c, depth + 1, out);
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(0, 20, 3)) sb.append(i).append(' ');
        for (int i : new Range(5, -6, -4)) sb.append(i).append(' ');
        System.out.println("ranges " + sb.toString().trim());
        sb.setLength(0);
        for (long f : fibonacci(15)) sb.append(f).append(' ');
        System.out.println("fibonacci " + sb.toString().trim());
        Iterator<Integer> evens = filter(new Range(1, 30, 1).iterator(), n -> n % 4 == 0);
        sb.setLength(0);
        while (evens.hasNext()) sb.append(evens.next()).append(' ');
        System.out.println("multiples of 4 " + sb.toString().trim() + " hasNext again " + evens.hasNext());
        Iterator<Integer> it = new Range(0, 1, 1).iterator();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted: " + e.getMessage());
        }
        try {
            new Range(0, 3, 1).iterator().remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: " + e.getMessage());
        }
        Tree tree = new Tree("root", new Tree("src", new Tree("main"), new Tree("test")), new Tree("docs"), new Tree("build", new Tree("out", new Tree("classes"))));
        for (String line : tree) System.out.println(line);
        List<String> collected = new ArrayList<>();
        tree.forEach(collected::add);
        System.out.println("forEach collected " + collected.size());
        Iterator<Long> remaining = fibonacci(5).iterator();
        remaining.next();
        StringBuilder rest = new StringBuilder();
        remaining.forEachRemaining(v -> rest.append(v).append(','));
        System.out.println("forEachRemaining " + rest);
    }
}
