import java.util.ArrayList;
import java.util.List;

/** Classic string exercises: reversal, palindromes, anagrams, run-length encoding, word reversal and longest common prefix. */
public class TextAlgorithms {
    static String reverse(String s) {
        char[] c = s.toCharArray();
        for (int i = 0, j = c.length - 1; i < j; i++, j--) {
            char t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return new String(c);
    }

    static boolean isPalindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            char a = s.charAt(i), b = s.charAt(j);
            if (!Character.isLetterOrDigit(a)) { i++; continue; }
            if (!Character.isLetterOrDigit(b)) { j--; continue; }
            if (Character.toLowerCase(a) != Character.toLowerCase(b)) return false;
            i++;
            j--;
        }
        return true;
    }

    static boolean anagrams(String a, String b) {
        int[] counts = new int[26];
        for (char c : a.toLowerCase().toCharArray()) if (c >= 'a' && c <= 'z') counts[c - 'a']++;
        for (char c : b.toLowerCase().toCharArray()) if (c >= 'a' && c <= 'z') counts[c - 'a']--;
        for (int n : counts) if (n != 0) return false;
        return true;
    }

    static String runLength(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            sb.append(j - i).append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }

    static String reverseWords(String sentence) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= sentence.length(); i++) {
            boolean space = i == sentence.length() || sentence.charAt(i) == ' ';
            if (!space && start < 0) start = i;
            if (space && start >= 0) {
                words.add(sentence.substring(start, i));
                start = -1;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = words.size() - 1; i >= 0; i--) sb.append(words.get(i)).append(i > 0 ? " " : "");
        return sb.toString();
    }

    static String commonPrefix(String... words) {
        String prefix = words[0];
        for (String w : words) while (!w.startsWith(prefix)) prefix = prefix.substring(0, prefix.length() - 1);
        return prefix;
    }

    static int countOccurrences(String text, String pattern) {
        int count = 0;
        for (int i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + 1)) count++;
        return count;
    }

    public static void main(String[] args) {
        for (String s : new String[] {"hello", "", "a", "ab", "Madam, I'm Adam"}) System.out.println("reverse(" + s + ") = " + reverse(s));
        for (String s : new String[] {"racecar", "Was it a car or a cat I saw?", "No lemon, no melon", "palindrome", ""}) System.out.println(s + " -> " + isPalindrome(s));
        System.out.println("anagrams " + anagrams("Listen", "Silent") + " " + anagrams("Dormitory", "dirty room") + " " + anagrams("abc", "abd"));
        System.out.println("rle " + runLength("aaabccddddde") + " " + runLength("") + " " + runLength("xyz"));
        System.out.println("reverse words [" + reverseWords("  the sky   is blue ") + "]");
        System.out.println("common prefix " + commonPrefix("interstellar", "internet", "interval", "internal") + " | " + commonPrefix("dog", "cat").isEmpty());
        System.out.println("occurrences " + countOccurrences("abababab", "aba") + " " + countOccurrences("mississippi", "ss") + " " + countOccurrences("aaaa", "b"));
    }
}
