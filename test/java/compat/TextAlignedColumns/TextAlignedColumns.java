import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Aligns columns of numbers on their decimal points with FieldPosition (INTEGER_FIELD and
 * FRACTION_FIELD), the technique the NumberFormat documentation describes.
 */
public class TextAlignedColumns {
    static String aligned(NumberFormat nf, double value, int integerWidth) {
        StringBuffer sb = new StringBuffer();
        FieldPosition fp = new FieldPosition(NumberFormat.INTEGER_FIELD);
        nf.format(value, sb, fp);
        int pad = integerWidth - fp.getEndIndex();
        return " ".repeat(Math.max(0, pad)) + sb;
    }

    public static void main(String[] args) {
        double[] values = {0.5, 12.25, -3.125, 1234.5678, 99999.99, 0.001, -0.0, 7, 1e6, 42.1};
        String[] patterns = {"#,##0.###", "0.00", "$#,##0.00;($#,##0.00)", "0.###E0", "#,##0%", "#."};
        for (String p : patterns) {
            DecimalFormat df = new DecimalFormat(p);
            System.out.println("pattern " + p);
            for (double v : values) {
                System.out.println("  |" + aligned(df, v, 14) + "|");
            }
        }
        System.out.println();
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.US);
        nf.setMinimumFractionDigits(1);
        nf.setMaximumFractionDigits(4);
        System.out.printf("%-12s %6s %6s %6s %6s%n", "value", "iBeg", "iEnd", "fBeg", "fEnd");
        for (double v : values) {
            StringBuffer sb = new StringBuffer("=>");
            FieldPosition ip = new FieldPosition(NumberFormat.INTEGER_FIELD);
            nf.format(v, sb, ip);
            FieldPosition fp = new FieldPosition(NumberFormat.FRACTION_FIELD);
            nf.format(v, new StringBuffer("=>"), fp);
            System.out.printf("%-12s %6d %6d %6d %6d  %s%n", v, ip.getBeginIndex(), ip.getEndIndex(), fp.getBeginIndex(),
                    fp.getEndIndex(), sb);
        }
        long[] longs = {0, 5, -1234567, Long.MIN_VALUE};
        for (long l : longs) {
            StringBuffer sb = new StringBuffer();
            FieldPosition fp = new FieldPosition(NumberFormat.FRACTION_FIELD);
            new DecimalFormat("#,##0.00").format(l, sb, fp);
            System.out.println(sb + " fraction at " + fp.getBeginIndex() + ".." + fp.getEndIndex() + " " + fp);
        }
        FieldPosition other = new FieldPosition(7);
        StringBuffer sb = new StringBuffer();
        new DecimalFormat("0.0").format(Double.NaN, sb, other);
        FieldPosition nanInt = new FieldPosition(0);
        new DecimalFormat("0.0").format(Double.NaN, sb, nanInt);
        FieldPosition infInt = new FieldPosition(0);
        new DecimalFormat("'x'0.0").format(Double.NEGATIVE_INFINITY, sb, infInt);
        System.out.println(other.getBeginIndex() + " " + nanInt.getBeginIndex() + "-" + nanInt.getEndIndex() + " "
                + infInt.getBeginIndex() + "-" + infInt.getEndIndex() + " " + sb.toString().replace("\u221e", "INF"));
    }
}
