/** StringBuilder editing: append of every type, insert, delete, deleteCharAt, setCharAt, replace, reverse, setLength, indexOf. */
public class StringBuilderOps {
    static String formatTable(String[][] rows) {
        int[] widths = new int[rows[0].length];
        for (String[] row : rows) for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].length());
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                sb.append(row[c]);
                for (int pad = row[c].length(); pad < widths[c] + 2; pad++) sb.append(' ');
            }
            sb.setLength(sb.length() - 2);
            sb.append('\n');
        }
        return sb.toString();
    }

    static String withThousands(long n) {
        StringBuilder sb = new StringBuilder(Long.toString(Math.abs(n)));
        for (int i = sb.length() - 3; i > 0; i -= 3) sb.insert(i, ',');
        if (n < 0) sb.insert(0, '-');
        return sb.toString();
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('-').append(2L).append('-').append(3.5f).append('-').append(4.25).append('-').append(true).append('-').append((Object) null).append('-').append(new char[] {'o', 'k'});
        System.out.println(sb + " length " + sb.length());
        sb.insert(0, "start:").insert(6, 99).insert(sb.length(), '!');
        System.out.println(sb);
        sb.delete(0, 8).deleteCharAt(sb.length() - 1);
        System.out.println(sb);
        sb.setCharAt(0, '#');
        sb.replace(2, 4, "REPLACED");
        System.out.println(sb + " indexOf(-) " + sb.indexOf("-") + " lastIndexOf(-) " + sb.lastIndexOf("-") + " charAt(3) " + sb.charAt(3));
        System.out.println(new StringBuilder("stressed").reverse() + " " + new StringBuilder("racecar").reverse() + " " + new StringBuilder().reverse().length());
        StringBuilder trunc = new StringBuilder("truncate me");
        trunc.setLength(8);
        System.out.println("[" + trunc + "]");
        trunc.setLength(10);
        System.out.println("padded with NUL: " + (int) trunc.charAt(9) + " length " + trunc.length());
        String[][] table = {{"name", "qty", "price"}, {"apple", "3", "1.25"}, {"watermelon", "1", "4.5"}, {"fig", "12", "0.3"}};
        System.out.print(formatTable(table));
        for (long n : new long[] {0, 999, 1000, 1234567, -9876543210L, Long.MIN_VALUE + 1}) System.out.println(withThousands(n));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.append(i % 10);
        System.out.println("big length " + big.length() + " substring " + big.substring(995) + " " + big.substring(10, 15));
        StringBuilder palindrome = new StringBuilder("A man a plan a canal Panama");
        for (int i = palindrome.length() - 1; i >= 0; i--) if (palindrome.charAt(i) == ' ') palindrome.deleteCharAt(i);
        String lower = palindrome.toString().toLowerCase();
        System.out.println(lower + " palindrome " + lower.equals(new StringBuilder(lower).reverse().toString()));
        StringBuilder cmp = new StringBuilder("abc");
        System.out.println("compareTo " + cmp.compareTo(new StringBuilder("abd")) + " equals(same content) " + cmp.equals(new StringBuilder("abc")));
        CharSequence cs = cmp;
        System.out.println("as CharSequence length " + cs.length() + " sub " + cs.subSequence(1, 3));
        StringBuffer buffer = new StringBuffer("sync");
        buffer.append('-').append(42).insert(0, '>').reverse();
        System.out.println("StringBuffer " + buffer);
    }
}
