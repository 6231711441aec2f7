/** Labelled break and continue in nested loops: prime search, matrix search, and a loop with many exits. */
public class LabelledLoops {
    static int[] findInMatrix(int[][] m, int target) {
        int[] result = {-1, -1};
        search:
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                if (m[i][j] == target) {
                    result[0] = i;
                    result[1] = j;
                    break search;
                }
            }
        }
        return result;
    }

    static String primesBelow(int n) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int candidate = 2; candidate < n; candidate++) {
            for (int d = 2; d * d <= candidate; d++) {
                if (candidate % d == 0) continue outer;
            }
            sb.append(candidate).append(' ');
        }
        return sb.toString().trim();
    }

    static int countPairs(int limit) {
        int pairs = 0;
        rows:
        for (int a = 1; a < limit; a++) {
            cols:
            for (int b = a; b < limit; b++) {
                if (a * b > 50) continue rows;
                if ((a + b) % 7 == 0) continue cols;
                if (a + b > 15) break rows;
                pairs++;
            }
        }
        return pairs;
    }

    public static void main(String[] args) {
        int[][] m = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9, 10}};
        for (int t : new int[] {5, 10, 1, 11}) {
            int[] pos = findInMatrix(m, t);
            System.out.println(t + " at " + pos[0] + "," + pos[1]);
        }
        System.out.println("primes below 60: " + primesBelow(60));
        System.out.println("pairs: " + countPairs(20));
        int i = 0;
        block:
        {
            while (true) {
                i++;
                if (i == 3) continue;
                if (i > 5) break block;
            }
        }
        System.out.println("i after block = " + i);
        int steps = 0;
        loop:
        do {
            steps++;
            switch (steps % 4) {
                case 0: continue loop;
                case 3: if (steps > 10) break loop;
                default: break;
            }
        } while (steps < 100);
        System.out.println("steps = " + steps);
    }
}
