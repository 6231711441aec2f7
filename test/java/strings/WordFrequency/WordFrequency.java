// stdin: input.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads text from standard input line by line and reports line, word and character counts and the most frequent words. */
public class WordFrequency {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Map<String, Integer> freq = new HashMap<>();
        int lines = 0, words = 0, chars = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            chars += line.length();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i <= line.length(); i++) {
                char c = i < line.length() ? line.charAt(i) : ' ';
                if (Character.isLetter(c) || c == '\'') {
                    word.append(Character.toLowerCase(c));
                } else if (word.length() > 0) {
                    words++;
                    freq.merge(word.toString(), 1, Integer::sum);
                    word.setLength(0);
                }
            }
        }
        System.out.println(lines + " lines, " + words + " words, " + chars + " chars, " + freq.size() + " distinct");
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        for (int i = 0; i < 10 && i < entries.size(); i++) {
            System.out.println(entries.get(i).getKey() + " " + entries.get(i).getValue());
        }
        int longest = 0;
        for (String w : freq.keySet()) longest = Math.max(longest, w.length());
        List<String> longestWords = new ArrayList<>();
        for (String w : freq.keySet()) if (w.length() == longest) longestWords.add(w);
        longestWords.sort(null);
        System.out.println("longest: " + longestWords);
    }
}
