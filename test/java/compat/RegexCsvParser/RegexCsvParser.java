import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses CSV with quoted fields (embedded commas and doubled quotes) and totals a column. */
public class RegexCsvParser {
    static final Pattern FIELD = Pattern.compile("\\G(?:^|,)(?:\"((?:[^\"]|\"\")*)\"|([^\",]*))");

    static List<String> parse(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = FIELD.matcher(line);
        int end = 0;
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(m.group(1).replace("\"\"", "\""));
            } else {
                out.add(m.group(2));
            }
            end = m.end();
            if (end == line.length()) {
                break;
            }
        }
        if (end != line.length()) {
            throw new IllegalArgumentException("malformed at column " + end + ": " + line);
        }
        return out;
    }

    public static void main(String[] args) {
        String csv = "id,name,city,amount,note\n"
                + "1,Ada Lovelace,London,1200.50,\"first, and foremost\"\n"
                + "2,\"Grace \"\"Amazing\"\" Hopper\",Arlington,980,\n"
                + "3,Alan Turing,\"Wilmslow, Cheshire\",1500.25,\"said \"\"hello\"\"\"\n"
                + "4,,Unknown,0,\"\"\n"
                + "5,Bad \"quote,Nowhere,10,x\n"
                + "6,Edsger Dijkstra,Nuenen,  75.5 ,\"multi\"\n";
        String[] lines = csv.split("\\R");
        List<String> header = parse(lines[0]);
        System.out.println("columns: " + header);
        double total = 0;
        int amountCol = header.indexOf("amount");
        for (int i = 1; i < lines.length; i++) {
            try {
                List<String> row = parse(lines[i]);
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < row.size(); c++) {
                    sb.append(c == 0 ? "" : " | ").append(header.get(c)).append('=').append('<').append(row.get(c)).append('>');
                }
                System.out.println(sb);
                String amount = row.get(amountCol).strip();
                if (amount.matches("\\d+(\\.\\d{1,2})?")) {
                    total += Double.parseDouble(amount);
                } else {
                    System.out.println("  bad amount: '" + amount + "'");
                }
            } catch (IllegalArgumentException e) {
                System.out.println("error: " + e.getMessage());
            }
        }
        System.out.println("total amount: " + total);
        System.out.println("names with quotes: " + Pattern.compile("\"\"\\w+\"\"").matcher(csv).results().count());
    }
}
