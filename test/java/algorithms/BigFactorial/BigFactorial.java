/** Arbitrary-precision decimal arithmetic on int[] digit arrays: factorials, powers of two and digit sums. */
public class BigFactorial {
    static final int BASE = 10000;

    static int[] multiply(int[] num, int len, int factor, int[] lenOut) {
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long v = (long) num[i] * factor + carry;
            num[i] = (int) (v % BASE);
            carry = v / BASE;
        }
        while (carry > 0) {
            num[len++] = (int) (carry % BASE);
            carry /= BASE;
        }
        lenOut[0] = len;
        return num;
    }

    static String toDecimal(int[] num, int len) {
        StringBuilder sb = new StringBuilder(Integer.toString(num[len - 1]));
        for (int i = len - 2; i >= 0; i--) {
            String chunk = Integer.toString(num[i]);
            for (int pad = chunk.length(); pad < 4; pad++) sb.append('0');
            sb.append(chunk);
        }
        return sb.toString();
    }

    static String factorial(int n) {
        int[] num = new int[1000];
        num[0] = 1;
        int[] len = {1};
        for (int k = 2; k <= n; k++) multiply(num, len[0], k, len);
        return toDecimal(num, len[0]);
    }

    static String add(String a, String b) {
        StringBuilder sb = new StringBuilder();
        int carry = 0;
        for (int i = a.length() - 1, j = b.length() - 1; i >= 0 || j >= 0 || carry > 0; i--, j--) {
            int s = carry + (i >= 0 ? a.charAt(i) - '0' : 0) + (j >= 0 ? b.charAt(j) - '0' : 0);
            sb.append((char) ('0' + s % 10));
            carry = s / 10;
        }
        return sb.reverse().toString();
    }

    public static void main(String[] args) {
        for (int n : new int[] {0, 1, 5, 20, 21, 25, 52}) System.out.println(n + "! = " + factorial(n));
        String f1000 = factorial(1000);
        int digitSum = 0, zeros = 0;
        for (char c : f1000.toCharArray()) digitSum += c - '0';
        for (int i = f1000.length() - 1; f1000.charAt(i) == '0'; i--) zeros++;
        System.out.println("1000! has " + f1000.length() + " digits, digit sum " + digitSum + ", trailing zeros " + zeros + ", starts " + f1000.substring(0, 20));
        int[] num = new int[100];
        num[0] = 1;
        int[] len = {1};
        for (int i = 0; i < 200; i++) multiply(num, len[0], 2, len);
        System.out.println("2^200 = " + toDecimal(num, len[0]));
        String a = "1", b = "1";
        for (int i = 3; i <= 300; i++) {
            String c = add(a, b);
            a = b;
            b = c;
        }
        System.out.println("fib(300) = " + b);
    }
}
