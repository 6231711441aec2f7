import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** A grade book: weighted averages, letter grades, class statistics and a ranked report. */
public class FormatGradeBook {
    record Student(String name, double[] scores) {
    }

    static final double[] WEIGHTS = {0.15, 0.15, 0.2, 0.2, 0.3};
    static final String[] ASSIGNMENTS = {"HW1", "HW2", "Mid", "Proj", "Final"};

    static double weighted(double[] s) {
        double t = 0;
        for (int i = 0; i < s.length; i++) {
            t += s[i] * WEIGHTS[i];
        }
        return t;
    }

    static char letter(double v) {
        return v >= 90 ? 'A' : v >= 80 ? 'B' : v >= 70 ? 'C' : v >= 60 ? 'D' : 'F';
    }

    public static void main(String[] args) {
        String[] names = {"Alice", "Bob", "Carol", "Dave", "Eve", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Mallory",
            "Niaj", "Olivia", "Peggy"};
        Random r = new Random(31337);
        List<Student> students = new ArrayList<>();
        for (String n : names) {
            double[] s = new double[ASSIGNMENTS.length];
            double talent = 55 + r.nextInt(40);
            for (int i = 0; i < s.length; i++) {
                s[i] = Math.min(100, Math.max(0, talent + r.nextGaussian() * 8));
                s[i] = Math.round(s[i] * 2) / 2.0;
            }
            students.add(new Student(n, s));
        }
        System.out.printf("%-8s", "Student");
        for (String a : ASSIGNMENTS) {
            System.out.printf("%7s", a);
        }
        System.out.printf("%9s %-5s %s%n", "Weighted", "Grade", "Pass");
        for (Student s : students) {
            System.out.printf("%-8s", s.name());
            for (double v : s.scores()) {
                System.out.printf("%7.1f", v);
            }
            double w = weighted(s.scores());
            System.out.printf("%9.2f %-5c %b%n", w, letter(w), w >= 60);
        }
        System.out.println();
        System.out.printf("%-8s", "mean");
        for (int i = 0; i < ASSIGNMENTS.length; i++) {
            double t = 0;
            for (Student s : students) {
                t += s.scores()[i];
            }
            System.out.printf("%7.2f", t / students.size());
        }
        System.out.println();
        System.out.printf("%-8s", "weight");
        for (double w : WEIGHTS) {
            System.out.printf("%6.0f%%", w * 100);
        }
        System.out.println();
        System.out.println();

        students.sort(Comparator.comparingDouble((Student s) -> weighted(s.scores())).reversed());
        int rank = 0;
        for (Student s : students) {
            rank++;
            double w = weighted(s.scores());
            String bar = "*".repeat((int) (w / 5));
            System.out.printf("%2d. %-8s %6.2f %-20s %s%n", rank, s.name(), w, bar,
                    rank == 1 ? "(top)" : rank == students.size() ? "(bottom)" : "");
        }
        int[] counts = new int[5];
        for (Student s : students) {
            counts["ABCDF".indexOf(letter(weighted(s.scores())))]++;
        }
        StringBuilder dist = new StringBuilder("Distribution:");
        for (int i = 0; i < 5; i++) {
            dist.append(String.format(" %c=%d (%.1f%%)", "ABCDF".charAt(i), counts[i], 100.0 * counts[i] / students.size()));
        }
        System.out.println(dist);
        System.out.printf("%C%c %s%n", 'x', 'y', String.format("%5.1f|%-5.1f|%05.1f", 9.95, 9.95, 9.95));
    }
}
