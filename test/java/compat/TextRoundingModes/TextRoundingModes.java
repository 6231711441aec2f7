import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;

/** A rounding-mode comparison chart for DecimalFormat over ties, near-ties and negative values. */
public class TextRoundingModes {
    public static void main(String[] args) {
        double[] values = {5.5, 2.5, 1.6, 1.1, 1.0, -1.0, -1.1, -1.6, -2.5, -5.5, 0.125, 0.135, 0.145, 2.675, 1.005,
            1.225, 1.235, 0.5, 0.0005, 0.0015, 1234.5, 25, 35, 45};
        RoundingMode[] modes = RoundingMode.values();
        DecimalFormat zero = new DecimalFormat("0");
        DecimalFormat two = new DecimalFormat("0.00");
        DecimalFormat sci = new DecimalFormat("0.0E0");
        StringBuilder header = new StringBuilder(String.format("%-8s", "value"));
        for (RoundingMode m : modes) {
            header.append(String.format("%12s", m));
        }
        System.out.println(header);
        for (DecimalFormat df : new DecimalFormat[] {zero, two, sci}) {
            System.out.println("-- pattern " + df.toPattern());
            for (double v : values) {
                StringBuilder line = new StringBuilder(String.format("%-8s", v));
                for (RoundingMode m : modes) {
                    df.setRoundingMode(m);
                    String text;
                    try {
                        text = df.format(v);
                    } catch (ArithmeticException e) {
                        text = "ArithEx";
                    }
                    line.append(String.format("%12s", text));
                }
                System.out.println(line);
            }
        }
        System.out.println();
        for (RoundingMode m : modes) {
            System.out.printf("%-12s ordinal %d valueOf(%d)=%s name=%s%n", m, m.ordinal(), m.ordinal(),
                    RoundingMode.valueOf(m.ordinal()), RoundingMode.valueOf(m.name()));
        }
        try {
            RoundingMode.valueOf(8);
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf(8): " + e.getMessage());
        }
        NumberFormat integers = NumberFormat.getIntegerInstance();
        System.out.println(integers.getRoundingMode() + " " + integers.format(0.5) + " " + integers.format(1.5) + " "
                + integers.format(2.5) + " " + integers.format(-3.5));
        try {
            DecimalFormat df = new DecimalFormat("0.0");
            df.setRoundingMode(null);
        } catch (NullPointerException e) {
            System.out.println("null rounding mode rejected");
        }
        DecimalFormat exact = new DecimalFormat("0.##");
        exact.setRoundingMode(RoundingMode.UNNECESSARY);
        System.out.println(exact.format(1.25) + " " + exact.format(7L));
        try {
            System.out.println(exact.format(1.255));
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
    }
}
