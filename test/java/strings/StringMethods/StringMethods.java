/** The String API without regular expressions: searching, slicing, case, trimming, comparing, repeating, joining. */
public class StringMethods {
    public static void main(String[] args) {
        String s = "  The Quick Brown Fox Jumps  ";
        String t = s.trim();
        System.out.println("[" + t + "] [" + s.strip() + "] [" + s.stripLeading() + "] [" + s.stripTrailing() + "]");
        System.out.println("length " + s.length() + " " + t.length() + " blank " + "   ".isBlank() + " " + t.isBlank() + " empty " + "".isEmpty());
        System.out.println("indexOf " + t.indexOf('Q') + " " + t.indexOf("Brown") + " " + t.indexOf('o', 13) + " " + t.indexOf("zzz") + " " + t.indexOf("") + " " + t.indexOf('o', 100));
        System.out.println("lastIndexOf " + t.lastIndexOf('o') + " " + t.lastIndexOf("u") + " " + t.lastIndexOf('o', 12) + " " + t.lastIndexOf("Fox", 5));
        System.out.println("substring [" + t.substring(4) + "] [" + t.substring(4, 9) + "] [" + t.substring(t.length()) + "] subSequence " + t.subSequence(0, 3));
        System.out.println("case " + t.toUpperCase() + " " + t.toLowerCase());
        System.out.println("contains " + t.contains("Fox") + " " + t.contains("fox") + " starts " + t.startsWith("The") + " " + t.startsWith("Quick", 4) + " ends " + t.endsWith("Jumps"));
        System.out.println("replace " + t.replace('o', '0') + " | " + t.replace("Quick", "Slow") + " | " + "aaa".replace("aa", "b"));
        System.out.println("equals " + "abc".equals("abc") + " " + "abc".equals("ABC") + " ignoreCase " + "abc".equalsIgnoreCase("ABC") + " contentEquals " + "abc".contentEquals(new StringBuilder("abc")));
        String[] words = {"banana", "Apple", "cherry", "apple", "", "app", "Banana"};
        for (String w : words) {
            System.out.println("'" + w + "' compareTo apple=" + w.compareTo("apple") + " ignoreCase=" + w.compareToIgnoreCase("apple") + " hash=" + w.hashCode());
        }
        System.out.println("repeat [" + "ab".repeat(3) + "] [" + "x".repeat(0) + "]");
        System.out.println("join " + String.join(", ", "a", "b", "c") + " | " + String.join("-", java.util.List.of("x", "y")));
        System.out.println("concat " + "foo".concat("bar") + " charAt " + "hello".charAt(1) + " codePointAt " + "hello".codePointAt(0));
        int vowels = 0;
        for (char ch : t.toLowerCase().toCharArray()) if ("aeiou".indexOf(ch) >= 0) vowels++;
        System.out.println("vowels " + vowels);
        int[] sum = {0};
        t.chars().forEach(ch -> sum[0] += ch);
        System.out.println("chars sum " + sum[0] + " count " + t.chars().count());
        System.out.println("valueOf " + String.valueOf(12) + String.valueOf(3L) + String.valueOf(4.5) + String.valueOf(true) + String.valueOf('c') + String.valueOf((Object) null));
        System.out.println("copyValueOf " + String.copyValueOf(new char[] {'a', 'b', 'c'}, 1, 2) + " new String " + new String(new char[] {'x', 'y', 'z'}, 0, 2));
        System.out.println("regionMatches " + "Hello World".regionMatches(6, "World", 0, 5) + " " + "Hello World".regionMatches(true, 6, "WORLD", 0, 5));
        System.out.println("toCharArray length " + t.toCharArray().length + " intern same " + (t.intern() == t.intern()));
        String csv = "name,age,,city,";
        StringBuilder parts = new StringBuilder();
        int start = 0;
        for (int idx = csv.indexOf(','); idx >= 0; idx = csv.indexOf(',', start)) {
            parts.append('[').append(csv, start, idx).append(']');
            start = idx + 1;
        }
        parts.append('[').append(csv.substring(start)).append(']');
        System.out.println("manual split " + parts);
        System.out.println("strip unicode space [" + "\u2003x\u2003".strip() + "] trim keeps it " + "\u2003x\u2003".trim().length());
    }
}
