/** Converts between integers and Roman numerals, validating input and checking the round trip for 1..3999. */
public class RomanNumerals {
    static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    static String toRoman(int n) {
        if (n <= 0 || n >= 4000) throw new IllegalArgumentException("out of range: " + n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                sb.append(SYMBOLS[i]);
                n -= VALUES[i];
            }
        }
        return sb.toString();
    }

    static int value(char c) {
        switch (c) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            case 'M': return 1000;
            default: throw new IllegalArgumentException("not a roman digit: " + c);
        }
    }

    static int fromRoman(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            if (i + 1 < s.length() && v < value(s.charAt(i + 1))) total -= v;
            else total += v;
        }
        if (!toRoman(total).equals(s)) throw new IllegalArgumentException("non-canonical numeral " + s + " (canonical " + toRoman(total) + ")");
        return total;
    }

    public static void main(String[] args) {
        for (int n : new int[] {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999}) System.out.println(n + " = " + toRoman(n));
        for (String s : new String[] {"MCMXCIV", "XLII", "IIII", "IC", "MMXXIV", "ABC", ""}) {
            try {
                System.out.println(s + " = " + fromRoman(s));
            } catch (IllegalArgumentException e) {
                System.out.println(s + " -> " + e.getMessage());
            }
        }
        int ok = 0;
        long totalLength = 0;
        String longest = "";
        for (int n = 1; n < 4000; n++) {
            String r = toRoman(n);
            if (fromRoman(r) == n) ok++;
            totalLength += r.length();
            if (r.length() > longest.length()) longest = r;
        }
        System.out.println("round trips " + ok + " total length " + totalLength + " longest " + longest);
        try {
            toRoman(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
