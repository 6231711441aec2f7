// stdin: grades.csv
import java.util.Map;
import java.util.Scanner;
import java.util.TreeMap;

/** Reads a ';'-separated grade file with Scanner.useDelimiter and typed hasNext checks. */
public class ScannerGradeBook {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in).useDelimiter(";|\\R");
        String header = sc.nextLine();
        System.out.println("header fields: " + header.split(";").length);
        Map<String, double[]> byCourse = new TreeMap<>();
        int row = 0;
        while (sc.hasNext()) {
            row++;
            String student = sc.next();
            String course = sc.next();
            double score = Double.NaN;
            if (sc.hasNextDouble()) {
                score = sc.nextDouble();
            } else {
                System.out.println("row " + row + ": no score for " + student + " (" + sc.next() + ")");
            }
            Boolean passed = null;
            if (sc.hasNextBoolean()) {
                passed = sc.nextBoolean();
            } else {
                System.out.println("row " + row + ": bad flag '" + sc.next() + "'");
            }
            System.out.println(student + " in " + course + ": " + score + " passed=" + passed);
            if (!Double.isNaN(score)) {
                double[] acc = byCourse.computeIfAbsent(course, k -> new double[2]);
                acc[0] += score;
                acc[1]++;
            }
        }
        for (Map.Entry<String, double[]> e : byCourse.entrySet()) {
            System.out.println(e.getKey() + " average " + (e.getValue()[0] / e.getValue()[1]) + " over " + (int) e.getValue()[1]);
        }
        Scanner inline = new Scanner("width=12 height=7 depth=x");
        int volume = 1;
        while (inline.findInLine("(\\w+)=(\\d+)") != null) {
            volume *= Integer.parseInt(inline.match().group(2));
            System.out.println("dimension " + inline.match().group(1) + " at " + inline.match().start());
        }
        System.out.println("area " + volume + ", rest: '" + inline.nextLine() + "'");
    }
}
