import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads sales records from CSV files and writes a per-region report. */
public class NioCsvReport {
    record Sale(String region, String product, int units, long cents) {}

    static Sale parse(String line) {
        List<String> f = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                f.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        f.add(cur.toString().trim());
        String price = f.get(3);
        int dot = price.indexOf('.');
        long cents = Long.parseLong(price.substring(0, dot)) * 100 + Long.parseLong(price.substring(dot + 1));
        return new Sale(f.get(0), f.get(1), Integer.parseInt(f.get(2)), cents);
    }

    static String money(long cents) {
        String c = String.valueOf(cents % 100);
        return (cents / 100) + "." + (c.length() == 1 ? "0" + c : c);
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("csv");
        Path q1 = work.resolve("q1.csv");
        Path q2 = work.resolve("q2.csv");
        Files.write(q1, List.of(
                "region,product,units,price",
                "North,Widget,10,2.50",
                "South,\"Gadget, large\",3,19.99",
                "North,Gizmo,7,5.05",
                "East,Widget,1,2.50"), StandardCharsets.UTF_8);
        Files.writeString(q2, "region,product,units,price\nWest,Gizmo,4,5.05\nSouth,Widget,20,2.40\n");
        Files.writeString(q2, "North,\"Gadget, large\",2,19.99\n", StandardOpenOption.APPEND);

        List<Sale> sales = new ArrayList<>();
        for (Path p : List.of(q1, q2)) {
            List<String> lines = Files.readAllLines(p);
            System.out.println(p.getFileName() + ": " + (lines.size() - 1) + " records, " + Files.size(p) + " bytes");
            for (String line : lines.subList(1, lines.size())) {
                sales.add(parse(line));
            }
        }

        Map<String, Long> byRegion = new TreeMap<>();
        Map<String, Integer> unitsByProduct = new TreeMap<>();
        for (Sale s : sales) {
            byRegion.merge(s.region(), s.units() * s.cents(), Long::sum);
            unitsByProduct.merge(s.product(), s.units(), Integer::sum);
        }

        Path report = work.resolve("out").resolve("report.txt");
        Files.createDirectories(report.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(report)) {
            w.write("REGION TOTALS");
            w.newLine();
            long grand = 0;
            for (Map.Entry<String, Long> e : byRegion.entrySet()) {
                w.write(String.valueOf(e.getKey()));
                w.write(": ");
                w.write(money(e.getValue()));
                w.newLine();
                grand += e.getValue();
            }
            w.write("grand total: " + money(grand));
            w.newLine();
            w.write("UNITS BY PRODUCT");
            w.newLine();
            for (Map.Entry<String, Integer> e : unitsByProduct.entrySet()) {
                w.write(e.getKey() + " = " + e.getValue());
                w.newLine();
            }
        }
        try (Stream<String> lines = Files.lines(report)) {
            lines.forEach(l -> System.out.println("| " + l));
        }
        try (Stream<String> lines = Files.lines(report)) {
            System.out.println("lines with digits: " + lines.filter(l -> l.chars().anyMatch(Character::isDigit)).count());
        }
        String joined;
        try (Stream<Path> entries = Files.list(work)) {
            joined = entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(", "));
        }
        System.out.println("work dir: " + joined);
        Files.delete(report);
        Files.delete(report.getParent());
        Files.delete(q1);
        Files.delete(q2);
        Files.delete(work);
        System.out.println("cleaned: " + Files.notExists(work));
    }
}
