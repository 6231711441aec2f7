import java.util.ArrayList;
import java.util.List;

/** A generic text-table renderer: column widths computed from data, alignment per column type. */
public class FormatTextTable {
    static final class Table {
        final String[] headers;
        final boolean[] numeric;
        final List<Object[]> rows = new ArrayList<>();

        Table(String... headers) {
            this.headers = headers;
            this.numeric = new boolean[headers.length];
        }

        void add(Object... row) {
            for (int i = 0; i < row.length; i++) {
                if (row[i] instanceof Number) {
                    numeric[i] = true;
                }
            }
            rows.add(row);
        }

        static String cell(Object o) {
            if (o instanceof Double || o instanceof Float) {
                return String.format("%,.3f", ((Number) o).doubleValue());
            }
            if (o instanceof Long || o instanceof Integer) {
                return String.format("%,d", o);
            }
            return String.valueOf(o);
        }

        String render() {
            int[] widths = new int[headers.length];
            for (int i = 0; i < headers.length; i++) {
                widths[i] = headers[i].length();
            }
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], cell(row[i]).length());
                }
            }
            StringBuilder sb = new StringBuilder();
            StringBuilder sep = new StringBuilder("+");
            for (int w : widths) {
                sep.append("-".repeat(w + 2)).append('+');
            }
            sb.append(sep).append('\n');
            sb.append('|');
            for (int i = 0; i < headers.length; i++) {
                sb.append(String.format(" %-" + widths[i] + "s |", headers[i]));
            }
            sb.append('\n').append(sep).append('\n');
            for (Object[] row : rows) {
                sb.append('|');
                for (int i = 0; i < row.length; i++) {
                    String fmt = numeric[i] ? " %" + widths[i] + "s |" : " %-" + widths[i] + "s |";
                    sb.append(String.format(fmt, cell(row[i])));
                }
                sb.append('\n');
            }
            sb.append(sep).append('\n');
            return sb.toString();
        }
    }

    public static void main(String[] args) {
        Table planets = new Table("Planet", "Mass (kg)", "Radius (km)", "Moons", "Day (h)");
        planets.add("Mercury", 3.3011e23, 2439.7, 0, 4222.6);
        planets.add("Venus", 4.8675e24, 6051.8, 0, 2802.0);
        planets.add("Earth", 5.97237e24, 6371.0, 1, 24.0);
        planets.add("Mars", 6.4171e23, 3389.5, 2, 24.7);
        planets.add("Jupiter", 1.8982e27, 69911.0, 95, 9.9);
        planets.add("Saturn", 5.6834e26, 58232.0, 146, 10.7);
        System.out.print(planets.render());

        Table people = new Table("Id", "Name", "Balance", "Active");
        people.add(1L, "Ada Lovelace", -12.5, true);
        people.add(1_000_000L, "Grace Hopper", 123456.789, false);
        people.add(42L, "Alan Turing", 0.0005, true);
        people.add(-7L, "Edsger Dijkstra", 1e9, null);
        System.out.print(people.render());

        // dynamic format strings built from measured widths
        String[] words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta"};
        int w = 0;
        for (String s : words) {
            w = Math.max(w, s.length());
        }
        String rowFmt = "%-" + w + "s : %" + (w + 2) + "s : %s%n";
        for (String s : words) {
            System.out.printf(rowFmt, s, new StringBuilder(s).reverse(), s.toUpperCase().chars().sum());
        }
        System.out.printf("%" + 3 + "." + 2 + "s|%-" + 7 + "." + 4 + "S|%n", "abcdef", "abcdef");
    }
}
