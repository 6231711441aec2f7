import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** A small `cal` clone: month grids, a year overview and some calendar facts. */
public class TimeCalendarPrinter {

    static String pad(String s, int width) {
        StringBuilder b = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            b.append(' ');
        }
        return b.append(s).toString();
    }

    static String center(String s, int width) {
        int left = (width - s.length()) / 2;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < left; i++) {
            b.append(' ');
        }
        b.append(s);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }

    /** Lines of one month, weeks starting on the given day, like `cal -m` for Monday. */
    static String[] monthLines(YearMonth ym, DayOfWeek firstDay) {
        String[] lines = new String[8];
        String title = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + ym.getYear();
        lines[0] = center(title, 20);
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            String name = firstDay.plus(i).getDisplayName(TextStyle.SHORT, Locale.US);
            header.append(name, 0, 2);
            if (i < 6) {
                header.append(' ');
            }
        }
        lines[1] = header.toString();
        LocalDate first = ym.atDay(1);
        int offset = (first.getDayOfWeek().getValue() - firstDay.getValue() + 7) % 7;
        StringBuilder row = new StringBuilder();
        int line = 2;
        for (int i = 0; i < offset; i++) {
            row.append("   ");
        }
        for (int day = 1; day <= ym.lengthOfMonth(); day++) {
            row.append(pad(Integer.toString(day), 2));
            if ((offset + day) % 7 == 0) {
                lines[line++] = row.toString();
                row.setLength(0);
            } else if (day < ym.lengthOfMonth()) {
                row.append(' ');
            }
        }
        if (row.length() > 0) {
            lines[line++] = row.toString();
        }
        while (line < 8) {
            lines[line++] = "";
        }
        return lines;
    }

    static void printMonth(YearMonth ym, DayOfWeek firstDay) {
        for (String l : monthLines(ym, firstDay)) {
            if (!l.isEmpty()) {
                System.out.println(l);
            }
        }
        System.out.println();
    }

    static void printQuarterRow(int year, int firstMonth) {
        String[][] blocks = new String[3][];
        for (int i = 0; i < 3; i++) {
            blocks[i] = monthLines(YearMonth.of(year, firstMonth + i), DayOfWeek.SUNDAY);
        }
        for (int l = 0; l < 8; l++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                String s = blocks[i][l];
                b.append(s);
                for (int k = s.length(); k < 22; k++) {
                    b.append(' ');
                }
            }
            String out = b.toString();
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            System.out.println(out.substring(0, end));
        }
    }

    public static void main(String[] args) {
        printMonth(YearMonth.of(2024, Month.FEBRUARY), DayOfWeek.SUNDAY);
        printMonth(YearMonth.of(2021, Month.AUGUST), DayOfWeek.MONDAY);
        printMonth(YearMonth.of(1752, Month.SEPTEMBER), DayOfWeek.SUNDAY);

        System.out.println(center("2025", 64));
        for (int q = 0; q < 4; q++) {
            printQuarterRow(2025, q * 3 + 1);
        }

        // Facts a calendar tool prints under the grid.
        LocalDate today = LocalDate.of(2025, 6, 18);
        System.out.println("Reference day: " + today + " (" + today.getDayOfWeek() + ", day " + today.getDayOfYear() + ")");
        System.out.println("First Monday of month: " + today.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        System.out.println("Last Friday of month: " + today.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY)));
        System.out.println("Next Sunday: " + today.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)));
        System.out.println("Days left in year: " + today.until(today.with(TemporalAdjusters.lastDayOfYear()), ChronoUnit.DAYS));
        int fridays13 = 0;
        StringBuilder list = new StringBuilder();
        for (LocalDate d = LocalDate.of(2020, 1, 13); d.getYear() < 2030; d = d.plusMonths(1)) {
            if (d.getDayOfWeek() == DayOfWeek.FRIDAY) {
                fridays13++;
                list.append(' ').append(d);
            }
        }
        System.out.println("Friday the 13th in 2020s: " + fridays13);
        System.out.println(" " + list.toString().trim());
        for (int y = 2020; y <= 2030; y++) {
            LocalDate xmas = LocalDate.of(y, 12, 25);
            System.out.println("Christmas " + y + " is a " + xmas.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
        }
    }
}
