/** NegativeArraySizeException and ArrayStoreException with their messages, from newarray, anewarray and multianewarray. */
public class ArrayCreationAndStore {
    static class Fruit {}
    static class Apple extends Fruit {}
    static class Orange extends Fruit {}

    interface Action { void run(); }

    static void report(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": ok");
        } catch (NegativeArraySizeException | ArrayStoreException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static int size(int n) {
        return n;
    }

    public static void main(String[] args) {
        report("int[-1]", () -> { int[] a = new int[size(-1)]; });
        report("long[MIN]", () -> { long[] a = new long[size(Integer.MIN_VALUE)]; });
        report("String[-5]", () -> { String[] a = new String[size(-5)]; });
        report("int[2][-3]", () -> { int[][] a = new int[size(2)][size(-3)]; });
        report("int[-2][3]", () -> { int[][] a = new int[size(-2)][size(3)]; });
        report("int[0][-1]", () -> { int[][] a = new int[size(0)][size(-1)]; });
        report("Object[-1][]", () -> { Object[][] a = new Object[size(-1)][]; });
        report("byte[0]", () -> { byte[] a = new byte[size(0)]; });
        Fruit[] apples = new Apple[2];
        report("Orange into Apple[]", () -> apples[0] = new Orange());
        report("Apple into Apple[]", () -> apples[1] = new Apple());
        report("null into Apple[]", () -> apples[0] = null);
        Object[] strings = new String[1];
        report("Integer into String[]", () -> strings[0] = 1);
        report("StringBuilder into String[]", () -> strings[0] = new StringBuilder());
        Object[][] grid = new Integer[2][2];
        report("String[] row into Integer[][]", () -> grid[0] = new String[2]);
        report("Double into Integer[][] cell", () -> grid[1][1] = 2.0);
        Object[] numbers = new Number[1];
        report("Long into Number[]", () -> numbers[0] = 5L);
        report("String into Number[]", () -> numbers[0] = "5");
        Comparable<?>[] comparables = new Integer[1];
        report("String into Integer[] via Comparable[]", () -> ((Object[]) comparables)[0] = "x");
    }
}
