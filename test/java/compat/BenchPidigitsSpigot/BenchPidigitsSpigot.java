/** The pidigits benchmark without BigInteger: the Rabinowitz-Wagon spigot on int arrays, printed 10 digits a line. */
public class BenchPidigitsSpigot {
    static String piDigits(int n) {
        int len = n * 10 / 3 + 1;
        int[] a = new int[len];
        java.util.Arrays.fill(a, 2);
        StringBuilder out = new StringBuilder();
        int nines = 0, predigit = 0;
        for (int j = 1; j <= n; j++) {
            int q = 0;
            for (int i = len; i > 0; i--) {
                int x = 10 * a[i - 1] + q * i;
                a[i - 1] = x % (2 * i - 1);
                q = x / (2 * i - 1);
            }
            a[0] = q % 10;
            q = q / 10;
            if (q == 9) nines++;
            else if (q == 10) {
                out.append(predigit + 1);
                for (int k = 0; k < nines; k++) out.append(0);
                predigit = 0;
                nines = 0;
            } else {
                if (j > 1) out.append(predigit);
                predigit = q;
                for (int k = 0; k < nines; k++) out.append(9);
                nines = 0;
            }
        }
        out.append(predigit);
        return out.toString();
    }

    /** e by the same kind of spigot: e = 2 + 1/2! + 1/3! + ... in mixed radix. */
    static String eDigits(int n) {
        int len = n + 10;
        int[] a = new int[len];
        java.util.Arrays.fill(a, 1);
        StringBuilder sb = new StringBuilder("2");
        for (int j = 0; j < n; j++) {
            int carry = 0;
            for (int i = len - 1; i >= 0; i--) {
                int x = a[i] * 10 + carry;
                a[i] = x % (i + 2);
                carry = x / (i + 2);
            }
            sb.append(carry);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int n = 300;
        String digits = piDigits(n);
        for (int i = 0; i < n; i += 10) {
            String chunk = digits.substring(i, Math.min(n, i + 10));
            System.out.println(chunk + " ".repeat(10 - chunk.length()) + "\t:" + Math.min(n, i + 10));
        }
        int[] freq = new int[10];
        for (char c : digits.toCharArray()) freq[c - '0']++;
        System.out.println("digit frequencies " + java.util.Arrays.toString(freq));
        int at = digits.indexOf("999999");
        System.out.println("Feynman point at " + at + ", pi ~ " + digits.charAt(0) + "." + digits.substring(1, 16));
        String e = eDigits(60);
        System.out.println("e = " + e.charAt(0) + "." + e.substring(1) + " vs Math.E " + Math.E);
    }
}
