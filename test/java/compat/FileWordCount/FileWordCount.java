import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A wc-like tool: lines, words and characters per file, plus the most frequent words. */
public class FileWordCount {
    static final String[] TEXTS = {
        "The quick brown fox jumps over the lazy dog.\nThe dog sleeps.\n",
        "To be, or not to be, that is the question:\nWhether 'tis nobler in the mind to suffer\n"
            + "The slings and arrows of outrageous fortune,\nOr to take arms against a sea of troubles\n",
        "",
        "one\ntwo two\nthree three three\nno newline at the end",
        "  leading and trailing spaces   \n\n\n  \ttabs\tand spaces mixed  \n",
    };

    static class Counts {
        long lines, words, chars;
    }

    static Counts count(File f, Map<String, Integer> freq) throws IOException {
        Counts c = new Counts();
        try (BufferedReader in = new BufferedReader(new FileReader(f))) {
            int ch;
            boolean inWord = false;
            StringBuilder word = new StringBuilder();
            while ((ch = in.read()) != -1) {
                c.chars++;
                if (ch == '\n') {
                    c.lines++;
                }
                boolean letter = Character.isLetter(ch) || ch == '\'';
                if (Character.isWhitespace(ch)) {
                    if (inWord) {
                        c.words++;
                    }
                    inWord = false;
                } else {
                    inWord = true;
                }
                if (letter) {
                    word.append(Character.toLowerCase((char) ch));
                } else if (word.length() > 0) {
                    freq.merge(word.toString(), 1, Integer::sum);
                    word.setLength(0);
                }
            }
            if (inWord) {
                c.words++;
            }
            if (word.length() > 0) {
                freq.merge(word.toString(), 1, Integer::sum);
            }
        }
        return c;
    }

    static String pad(String s, int w) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < w; i++) {
            sb.append(' ');
        }
        return sb.append(s).toString();
    }

    public static void main(String[] args) throws IOException {
        File dir = new File("wc-work");
        deleteTree(dir);
        if (!dir.mkdir()) {
            throw new IOException("cannot create " + dir);
        }
        for (int i = 0; i < TEXTS.length; i++) {
            try (PrintWriter w = new PrintWriter(new FileWriter(new File(dir, "doc" + i + ".txt")))) {
                w.print(TEXTS[i]);
            }
        }
        String[] names = dir.list();
        List<String> sorted = new ArrayList<>(List.of(names));
        Collections.sort(sorted);
        Map<String, Integer> freq = new HashMap<>();
        Counts total = new Counts();
        for (String name : sorted) {
            File f = new File(dir, name);
            Counts c = count(f, freq);
            total.lines += c.lines;
            total.words += c.words;
            total.chars += c.chars;
            System.out.println(pad("" + c.lines, 5) + pad("" + c.words, 5) + pad("" + c.chars, 6) + " " + f.getPath()
                    + (f.length() == c.chars ? "" : " (length differs: " + f.length() + ")"));
        }
        System.out.println(pad("" + total.lines, 5) + pad("" + total.words, 5) + pad("" + total.chars, 6) + " total");

        TreeMap<Integer, List<String>> byCount = new TreeMap<>(Collections.reverseOrder());
        for (Map.Entry<String, Integer> e : freq.entrySet()) {
            byCount.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        int shown = 0;
        System.out.println("most frequent:");
        for (Map.Entry<Integer, List<String>> e : byCount.entrySet()) {
            Collections.sort(e.getValue());
            for (String w : e.getValue()) {
                if (shown++ < 8) {
                    System.out.println("  " + w + " " + e.getKey());
                }
            }
        }
        System.out.println("distinct words: " + freq.size());
        deleteTree(dir);
        System.out.println("cleaned up: " + !dir.exists());
    }

    static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        f.delete();
    }
}
