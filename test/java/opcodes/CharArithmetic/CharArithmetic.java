/** char arithmetic: Caesar and ROT13 ciphers, digit conversion, counting letters, char promotion. */
public class CharArithmetic {
    static String caesar(String text, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') sb.append((char) ('a' + (c - 'a' + shift + 26) % 26));
            else if (c >= 'A' && c <= 'Z') sb.append((char) ('A' + (c - 'A' + shift + 26) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }

    static int parseDecimal(String s) {
        int value = 0;
        for (int i = 0; i < s.length(); i++) value = value * 10 + (s.charAt(i) - '0');
        return value;
    }

    static String toHex(int v) {
        char[] digits = new char[8];
        for (int i = 7; i >= 0; i--) {
            int nibble = v & 0xf;
            digits[i] = (char) (nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
            v >>>= 4;
        }
        return new String(digits);
    }

    public static void main(String[] args) {
        String msg = "Hello, World! Zebra-quiz 42.";
        String enc = caesar(msg, 3);
        System.out.println(enc);
        System.out.println(caesar(enc, -3));
        System.out.println(caesar(msg, 13));
        System.out.println("parse 98765 = " + parseDecimal("98765"));
        System.out.println("hex of 3054 = " + toHex(3054) + ", of -1 = " + toHex(-1));
        int[] counts = new int[26];
        String pangram = "The quick brown fox jumps over the lazy dog";
        for (char c : pangram.toLowerCase().toCharArray()) if (c >= 'a' && c <= 'z') counts[c - 'a']++;
        StringBuilder sb = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) if (counts[c - 'a'] > 1) sb.append(c).append(counts[c - 'a']);
        System.out.println("repeated letters: " + sb);
        char c = 'A';
        c += 2;
        c++;
        System.out.println("c = " + c + ", c + 1 = " + (c + 1) + ", (char)(c + 1) = " + (char) (c + 1));
        System.out.println("'a' + 'b' = " + ('a' + 'b') + ", \"\" + 'a' + 'b' = " + "" + 'a' + 'b');
        char max = Character.MAX_VALUE;
        max++;
        System.out.println("MAX_VALUE + 1 wraps to " + (int) max);
        char[] alphabet = new char[5];
        for (int i = 0; i < alphabet.length; i++) alphabet[i] = (char) ('v' + i);
        System.out.println(new String(alphabet) + " " + String.valueOf(alphabet, 1, 3));
        char tab = '\t', nl = '\n', quote = '\'', uni = '\u0041';
        System.out.println((int) tab + " " + (int) nl + " " + quote + " " + uni);
        int sum = 0;
        for (char d = '0'; d <= '9'; d++) sum += d;
        System.out.println("sum of digit chars = " + sum);
        System.out.println("compare 'a' < 'b': " + ('a' < 'b') + ", 'Z' < 'a': " + ('Z' < 'a'));
    }
}
