import java.util.Arrays;

/** Multi-dimensional arrays: rectangular, jagged, partially allocated, 3-D, Pascal's triangle and a spiral. */
public class MultiDimArrays {
    static long[][] pascal(int rows) {
        long[][] t = new long[rows][];
        for (int r = 0; r < rows; r++) {
            t[r] = new long[r + 1];
            t[r][0] = t[r][r] = 1;
            for (int c = 1; c < r; c++) t[r][c] = t[r - 1][c - 1] + t[r - 1][c];
        }
        return t;
    }

    static int[][] spiral(int n) {
        int[][] m = new int[n][n];
        int top = 0, bottom = n - 1, left = 0, right = n - 1, v = 1;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) m[top][c] = v++;
            top++;
            for (int r = top; r <= bottom; r++) m[r][right] = v++;
            right--;
            for (int c = right; c >= left && top <= bottom; c--) m[bottom][c] = v++;
            bottom--;
            for (int r = bottom; r >= top && left <= right; r--) m[r][left] = v++;
            left++;
        }
        return m;
    }

    public static void main(String[] args) {
        long[][] p = pascal(12);
        for (int r = 0; r < p.length; r += 3) System.out.println(Arrays.toString(p[r]));
        for (int[] row : spiral(5)) System.out.println(Arrays.toString(row));
        int[][][] cube = new int[3][4][5];
        int n = 0;
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) for (int k = 0; k < 5; k++) cube[i][j][k] = n++;
        System.out.println("cube[2][3][4] = " + cube[2][3][4] + ", lengths " + cube.length + " " + cube[0].length + " " + cube[0][0].length);
        double[][] partial = new double[3][];
        System.out.println("partial rows null: " + (partial[0] == null) + " " + Arrays.deepToString(partial));
        partial[1] = new double[] {1.5, 2.5};
        System.out.println(Arrays.deepToString(partial));
        String[][] names = {{"ann", "bob"}, {}, {"cy"}};
        System.out.println(Arrays.deepToString(names) + " " + names[1].length);
        char[][] board = new char[3][3];
        for (char[] row : board) Arrays.fill(row, '.');
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) System.out.println(new String(row));
        boolean[][][] flags = new boolean[2][2][];
        System.out.println("flags " + flags[1][1]);
        Object[] objs = new Object[2][3];
        System.out.println("Object[] holding int[] rows? " + (objs[0] instanceof Object[]) + " class " + objs.getClass().getName());
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.length; i++) {
            jag[i] = new int[i * 2];
            Arrays.fill(jag[i], i);
        }
        int total = 0;
        for (int[] row : jag) for (int v : row) total += v;
        System.out.println("jagged total " + total + " " + Arrays.deepToString(jag));
        long[][][][] four = new long[2][2][2][2];
        four[1][1][1][1] = Long.MIN_VALUE;
        System.out.println("4D corner " + four[1][1][1][1] + " other " + four[0][1][0][1]);
    }
}
