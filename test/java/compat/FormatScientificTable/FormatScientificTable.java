/** Tables of physical constants, powers and factorials in scientific and general notation. */
public class FormatScientificTable {
    public static void main(String[] args) {
        String[] names = {"speed of light", "Planck", "Boltzmann", "Avogadro", "electron mass", "gravitational",
            "elementary charge", "Rydberg", "fine structure", "Stefan-Boltzmann"};
        double[] values = {299792458.0, 6.62607015e-34, 1.380649e-23, 6.02214076e23, 9.1093837015e-31, 6.67430e-11,
            1.602176634e-19, 10973731.568160, 7.2973525693e-3, 5.670374419e-8};
        String[] units = {"m/s", "J s", "J/K", "1/mol", "kg", "m^3/(kg s^2)", "C", "1/m", "", "W/(m^2 K^4)"};
        System.out.printf("%-18s %16s %14s %12s %10s %-12s%n", "constant", "%e", "%.3E", "%g", "%.2g", "unit");
        for (int i = 0; i < names.length; i++) {
            System.out.printf("%-18s %16e %14.3E %12g %10.2g %-12s%n", names[i], values[i], values[i], values[i],
                    values[i], units[i]);
        }
        System.out.println();

        System.out.printf("%4s %24s %24s %16s%n", "n", "2^n", "10^-n", "n!");
        double fact = 1;
        for (int n = 0; n <= 170; n += (n < 20 ? 1 : 25)) {
            fact = 1;
            for (int k = 2; k <= n; k++) {
                fact *= k;
            }
            System.out.printf("%4d %24.10e %24.6e %16.5g%n", n, Math.pow(2, n), Math.pow(10, -n), fact);
        }
        System.out.println();

        System.out.println("Powers of 1.1 in every notation");
        double v = 1;
        for (int i = 0; i < 30; i++) {
            System.out.printf("%3d %-22s %-14.6f %-14.4e %-12.5g %s%n", i, Double.toString(v), v, v, v,
                    String.format("%+.3e", -v));
            v *= 1.1 * (i % 3 == 0 ? 10 : 1);
        }
        System.out.println();

        System.out.println("Boundaries of %g (precision 4)");
        double[] probes = {0.0001, 0.00009999, 0.000099995, 0.00009999499, 9999.4, 9999.5, 9999.6, 1e-5, 123.456, 0,
            -0.0, 1e100, 9.9995e-5};
        for (double p : probes) {
            System.out.printf("%-14s -> [%.4g] [%12.4G] [%-12.4g] [%012.4g]%n", Double.toString(p), p, p, p, p);
        }
    }
}
