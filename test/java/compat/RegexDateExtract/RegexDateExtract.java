import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts dates in several formats from free text, with look-behind/ahead guards. */
public class RegexDateExtract {
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    record Found(int pos, String iso, String how) {
    }

    public static void main(String[] args) {
        String text = "Invoice 2026-12-06 due 06/01/2027 (ref 12026-11-11x). Meeting on Dec 24, 2026 and 3 March 2027; "
                + "expired: 31.12.2025, version 2.10.2026 isn't a date; order#2026-05-05 ok; price $2026-01-01; "
                + "due:2026-02-30 (invalid), ship 2024-02-29, 2023-02-29.";
        List<Found> found = new ArrayList<>();
        Matcher iso = Pattern.compile("(?<![\\d$-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d\\w])").matcher(text);
        while (iso.find()) {
            found.add(new Found(iso.start(), check(iso.group(1), iso.group(2), iso.group(3)), "iso"));
        }
        Matcher us = Pattern.compile("(?<!\\d)(\\d{2})/(\\d{2})/(\\d{4})(?!\\d)").matcher(text);
        while (us.find()) {
            found.add(new Found(us.start(), check(us.group(3), us.group(1), us.group(2)), "us"));
        }
        Matcher eu = Pattern.compile("(?<=expired: )(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})").matcher(text);
        while (eu.find()) {
            found.add(new Found(eu.start(), check(eu.group(3), eu.group(2), eu.group(1)), "eu"));
        }
        Matcher words = Pattern.compile("(?i)\\b(?:(?<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s+(?<d1>\\d{1,2}),?\\s+(?<y1>\\d{4})"
                + "|(?<d2>\\d{1,2})\\s+(?<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s+(?<y2>\\d{4}))\\b").matcher(text);
        while (words.find()) {
            boolean first = words.group("m1") != null;
            String mon = first ? words.group("m1") : words.group("m2");
            int month = 1;
            for (int i = 0; i < 12; i++) {
                if (MONTHS[i].equalsIgnoreCase(mon)) {
                    month = i + 1;
                }
            }
            String day = first ? words.group("d1") : words.group("d2");
            String year = first ? words.group("y1") : words.group("y2");
            found.add(new Found(words.start(), check(year, (month < 10 ? "0" : "") + month, (day.length() == 1 ? "0" : "") + day), "words"));
        }
        found.sort((a, b) -> Integer.compare(a.pos(), b.pos()));
        for (Found f : found) {
            System.out.println(f.pos() + " " + f.how() + " " + f.iso());
        }
        System.out.println("after 'due': " + Pattern.compile("(?<=due:?\\s?)\\S+").matcher(text).results().map(r -> r.group()).toList());
        System.out.println("years not preceded by '#': " + Pattern.compile("(?<!#)\\b20\\d\\d(?=-)").matcher(text).results().count());
    }

    static String check(String y, String m, String d) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        int day = Integer.parseInt(d);
        int[] len = {31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        boolean ok = month >= 1 && month <= 12 && day >= 1 && day <= len[month - 1];
        return y + "-" + m + "-" + d + (ok ? "" : " (invalid)");
    }
}
