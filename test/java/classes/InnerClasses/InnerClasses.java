import java.util.Iterator;
import java.util.NoSuchElementException;

/** Inner classes reaching outer state: iterators over an outer collection, Outer.this, inner-of-inner, private access. */
public class InnerClasses {
    private final int[] items;
    private int modifications;
    private static int instances;

    InnerClasses(int... items) {
        this.items = items;
        instances++;
    }

    class Cursor implements Iterator<Integer> {
        private int index;
        private final int expectedMods = modifications;

        public boolean hasNext() { return index < items.length; }

        public Integer next() {
            if (modifications != expectedMods) throw new IllegalStateException("modified");
            if (!hasNext()) throw new NoSuchElementException();
            return items[index++];
        }

        class Peek {
            int value() { return index < items.length ? items[index] : -1; }
            InnerClasses owner() { return InnerClasses.this; }
        }
    }

    class Stats {
        int sum() {
            int s = 0;
            for (int v : items) s += v;
            return s;
        }
        double mean() { return (double) sum() / items.length; }
    }

    private void touch() { modifications++; }

    static class Pair {
        private final String left, right;
        Pair(String l, String r) { left = l; right = r; }
        class Swapped {
            String show() { return right + "," + left; }
        }
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses(4, 8, 15, 16, 23, 42);
        InnerClasses.Cursor cursor = outer.new Cursor();
        InnerClasses.Cursor.Peek peek = cursor.new Peek();
        StringBuilder sb = new StringBuilder();
        while (cursor.hasNext()) {
            sb.append(peek.value()).append(':').append(cursor.next()).append(' ');
        }
        System.out.println(sb.toString().trim() + " peek at end " + peek.value());
        System.out.println("owner is outer: " + (peek.owner() == outer));
        Stats stats = outer.new Stats();
        System.out.println("sum " + stats.sum() + " mean " + stats.mean());
        Cursor second = outer.new Cursor();
        second.next();
        outer.touch();
        try {
            second.next();
        } catch (IllegalStateException e) {
            System.out.println("cursor saw modification: " + e.getMessage());
        }
        try {
            Cursor done = new InnerClasses().new Cursor();
            done.next();
        } catch (NoSuchElementException e) {
            System.out.println("empty cursor: " + e.getClass().getName());
        }
        Pair.Swapped swapped = new Pair("a", "b").new Swapped();
        System.out.println(swapped.show() + " instances " + instances);
        int total = 0;
        for (Iterator<Integer> it = outer.new Cursor(); it.hasNext(); ) total += it.next();
        System.out.println("iterated total " + total);
    }
}
