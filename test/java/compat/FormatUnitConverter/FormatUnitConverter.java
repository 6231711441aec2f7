import java.util.LinkedHashMap;
import java.util.Map;

/** Unit conversion tables: length, mass, temperature and data sizes, in several number styles. */
public class FormatUnitConverter {
    static final Map<String, Double> LENGTH = new LinkedHashMap<>();
    static final Map<String, Double> MASS = new LinkedHashMap<>();

    static {
        LENGTH.put("mm", 0.001);
        LENGTH.put("cm", 0.01);
        LENGTH.put("in", 0.0254);
        LENGTH.put("ft", 0.3048);
        LENGTH.put("yd", 0.9144);
        LENGTH.put("m", 1.0);
        LENGTH.put("km", 1000.0);
        LENGTH.put("mi", 1609.344);
        LENGTH.put("nmi", 1852.0);
        MASS.put("mg", 1e-6);
        MASS.put("g", 0.001);
        MASS.put("oz", 0.028349523125);
        MASS.put("lb", 0.45359237);
        MASS.put("kg", 1.0);
        MASS.put("st", 6.35029318);
        MASS.put("t", 1000.0);
    }

    static void table(String title, Map<String, Double> units, double amount) {
        System.out.printf("%s: %s of each unit expressed in the others%n", title, amount);
        System.out.printf("%6s", "");
        for (String u : units.keySet()) {
            System.out.printf("%12s", u);
        }
        System.out.println();
        for (Map.Entry<String, Double> from : units.entrySet()) {
            System.out.printf("%6s", from.getKey());
            for (Map.Entry<String, Double> to : units.entrySet()) {
                double v = amount * from.getValue() / to.getValue();
                System.out.printf("%12.5g", v);
            }
            System.out.println();
        }
        System.out.println();
    }

    public static void main(String[] args) {
        table("Length", LENGTH, 1);
        table("Mass", MASS, 2.5);

        System.out.println("Temperature");
        System.out.printf("%10s %10s %10s %12s%n", "Celsius", "Fahrenheit", "Kelvin", "Rankine");
        for (int c = -40; c <= 100; c += 20) {
            double f = c * 9.0 / 5 + 32;
            double k = c + 273.15;
            System.out.printf("%10d %10.1f %10.2f %12.3f%n", c, f, k, k * 9 / 5);
        }
        double[] bodyTemps = {36.6, 37.0, 38.45, 41.05};
        for (double t : bodyTemps) {
            System.out.printf("%.2f C = %.1f F (%s)%n", t, t * 1.8 + 32, t >= 38 ? "fever" : "normal");
        }
        System.out.println();

        System.out.println("Data sizes");
        String[] si = {"B", "kB", "MB", "GB", "TB"};
        String[] iec = {"B", "KiB", "MiB", "GiB", "TiB"};
        long[] sizes = {999, 1000, 1024, 65_536, 1_000_000, 1_048_576, 4_294_967_296L, 1_000_000_000_000L};
        for (long s : sizes) {
            double a = s;
            int i = 0;
            while (a >= 1000 && i < si.length - 1) {
                a /= 1000;
                i++;
            }
            double b = s;
            int j = 0;
            while (b >= 1024 && j < iec.length - 1) {
                b /= 1024;
                j++;
            }
            System.out.printf("%,18d = %8.3f %-3s = %8.3f %-3s%n", s, a, si[i], b, iec[j]);
        }
        System.out.println();

        System.out.println("Speed");
        double[] kmh = {1, 5, 50, 100, 120, 299792.458 * 3600};
        for (double v : kmh) {
            double ms = v / 3.6;
            double mph = v / 1.609344;
            double knots = v / 1.852;
            System.out.printf("%14.6e km/h | %12.4f m/s | %12.4f mph | %10.3f kn | %s%n", v, ms, mph, knots,
                    String.format("%.3G", ms));
        }
    }
}
