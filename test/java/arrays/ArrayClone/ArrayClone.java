import java.util.Arrays;

/** clone() of arrays: primitive copies are independent, object and nested arrays are shallow. */
public class ArrayClone {
    static class Cell {
        int value;
        Cell(int v) { value = v; }
        public String toString() { return "Cell(" + value + ")"; }
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 99;
        System.out.println(Arrays.toString(a) + " " + Arrays.toString(b) + " same=" + (a == b));
        double[] d = {0.5, 1.5};
        double[] dc = d.clone();
        dc[1] *= 2;
        System.out.println(Arrays.toString(d) + " " + Arrays.toString(dc));
        char[] chars = "clone".toCharArray();
        char[] cc = chars.clone();
        cc[0] = 'C';
        System.out.println(new String(chars) + " " + new String(cc));
        long[] empty = new long[0];
        System.out.println("empty clone length " + empty.clone().length);
        Cell[] cells = {new Cell(1), new Cell(2)};
        Cell[] copy = cells.clone();
        copy[0].value = 100;
        copy[1] = new Cell(7);
        System.out.println(Arrays.toString(cells) + " " + Arrays.toString(copy) + " shared element=" + (cells[0] == copy[0]));
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        shallow[0][0] = -1;
        shallow[1] = new int[] {9, 9};
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(shallow));
        int[][] deep = new int[grid.length][];
        for (int i = 0; i < grid.length; i++) deep[i] = grid[i].clone();
        deep[0][1] = 42;
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(deep));
        String[] strs = {"x", "y"};
        Object[] asObjects = strs.clone();
        System.out.println("clone class " + asObjects.getClass().getName() + " " + (asObjects instanceof String[]));
        boolean[] bools = {true, false};
        byte[] bytes = {1, -1};
        short[] shorts = {300, -300};
        float[] floats = {1.25f};
        System.out.println(Arrays.toString(bools.clone()) + Arrays.toString(bytes.clone()) + Arrays.toString(shorts.clone()) + Arrays.toString(floats.clone()));
        int[] src = new int[1000];
        for (int i = 0; i < src.length; i++) src[i] = i * i;
        int[] big = src.clone();
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println("big clone equal " + Arrays.equals(src, big) + " sum " + sum);
    }
}
