import java.util.Arrays;

/** System.arraycopy: overlapping moves, a growable buffer, and the exceptions arraycopy throws with their messages. */
public class ArrayCopy {
    static class IntBuffer {
        int[] data = new int[2];
        int size;

        void add(int v) {
            if (size == data.length) {
                int[] bigger = new int[data.length * 2];
                System.arraycopy(data, 0, bigger, 0, size);
                data = bigger;
            }
            data[size++] = v;
        }

        void insert(int index, int v) {
            add(0);
            System.arraycopy(data, index, data, index + 1, size - 1 - index);
            data[index] = v;
        }

        void remove(int index) {
            System.arraycopy(data, index + 1, data, index, size - index - 1);
            size--;
        }

        public String toString() { return Arrays.toString(Arrays.copyOf(data, size)) + " cap " + data.length; }
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        IntBuffer buf = new IntBuffer();
        for (int i = 1; i <= 9; i++) buf.add(i * i);
        System.out.println(buf);
        buf.insert(0, -1);
        buf.insert(5, -5);
        buf.remove(2);
        System.out.println(buf);
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 3, 5);
        System.out.println("overlap right " + Arrays.toString(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 0, 5);
        System.out.println("overlap left " + Arrays.toString(b));
        Object[] objs = new Object[3];
        System.arraycopy(new String[] {"a", "b"}, 0, objs, 1, 2);
        System.out.println("strings into objects " + Arrays.toString(objs));
        attempt("zero length at end", () -> System.arraycopy(a, 10, b, 10, 0));
        attempt("src too short", () -> System.arraycopy(a, 8, b, 0, 5));
        attempt("dst too short", () -> System.arraycopy(a, 0, b, 7, 4));
        attempt("negative length", () -> System.arraycopy(a, 0, b, 0, -1));
        attempt("negative src pos", () -> System.arraycopy(a, -2, b, 0, 1));
        attempt("null source", () -> System.arraycopy(null, 0, b, 0, 1));
        attempt("null dest", () -> System.arraycopy(a, 0, null, 0, 1));
        attempt("int to long", () -> System.arraycopy(a, 0, new long[10], 0, 1));
        attempt("not an array", () -> System.arraycopy("text", 0, b, 0, 1));
        attempt("dest not an array", () -> System.arraycopy(a, 0, "text", 0, 1));
        Object[] mixed = {"ok", 12, "never"};
        String[] target = new String[3];
        attempt("element type mismatch", () -> System.arraycopy(mixed, 0, target, 0, 3));
        System.out.println("partially copied " + Arrays.toString(target));
        attempt("Object[] into int[]", () -> System.arraycopy(mixed, 0, new int[3], 0, 1));
        char[] hello = "hello world".toCharArray();
        char[] world = new char[5];
        System.arraycopy(hello, 6, world, 0, 5);
        System.out.println(new String(world));
    }
}
