// stdin: sales.csv
// args: --group region --top 2
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses CSV (with quoted fields) from raw standard input bytes and prints a grouped sales report chosen by arguments. */
public class CsvReport {
    static List<String> parseLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }

    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) buf.write(b);
        return buf.toString("UTF-8");
    }

    public static void main(String[] args) throws IOException {
        String groupBy = "region";
        int top = 3;
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--group")) groupBy = args[i + 1];
            else if (args[i].equals("--top")) top = Integer.parseInt(args[i + 1]);
        }
        String text = readAll(System.in);
        List<List<String>> rows = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end);
            if (!line.isEmpty()) rows.add(parseLine(line));
            start = end + 1;
        }
        List<String> header = rows.remove(0);
        int groupCol = header.indexOf(groupBy), qtyCol = header.indexOf("qty"), priceCol = header.indexOf("price"), itemCol = header.indexOf("item");
        System.out.println("columns " + header + ", " + rows.size() + " rows, grouping by " + groupBy);
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Map<String, Long>> items = new LinkedHashMap<>();
        for (List<String> r : rows) {
            long cents = Long.parseLong(r.get(qtyCol)) * Math.round(Double.parseDouble(r.get(priceCol)) * 100);
            totals.merge(r.get(groupCol), cents, Long::sum);
            items.computeIfAbsent(r.get(groupCol), k -> new LinkedHashMap<>()).merge(r.get(itemCol), cents, Long::sum);
        }
        for (Map.Entry<String, Long> e : totals.entrySet()) {
            System.out.println(e.getKey() + ": " + e.getValue() / 100 + "." + String.valueOf(100 + e.getValue() % 100).substring(1));
            List<Map.Entry<String, Long>> best = new ArrayList<>(items.get(e.getKey()).entrySet());
            best.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
            for (int i = 0; i < Math.min(top, best.size()); i++) System.out.println("  " + best.get(i).getKey() + " " + best.get(i).getValue());
        }
    }
}
