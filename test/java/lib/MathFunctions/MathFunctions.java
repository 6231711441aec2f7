/** java.lang.Math in a physics and geometry toolbox: rounding, powers, roots, trigonometry, logs and exact helpers. */
public class MathFunctions {
    static double projectileRange(double speed, double angleDegrees) {
        double g = 9.81;
        return speed * speed * Math.sin(2 * Math.toRadians(angleDegrees)) / g;
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    public static void main(String[] args) {
        System.out.println("abs " + Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-2.5) + " " + Math.abs(-0.0) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-3f));
        System.out.println("min/max " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(1.0, Double.NaN) + " " + Math.max(3, 7) + " " + Math.min(2L, -2L) + " " + Math.max(1f, Float.NaN));
        System.out.println("floorDiv " + Math.floorDiv(-7, 2) + " " + Math.floorDiv(7, -2) + " " + Math.floorDiv(-7L, 2L) + " floorMod " + Math.floorMod(-7, 3) + " " + Math.floorMod(7, -3) + " " + Math.floorMod(-7L, 3));
        double[] xs = {2.5, -2.5, 3.5, 0.49999999999999994, -0.5, 1e20, Double.NaN, -1.1};
        for (double x : xs) {
            System.out.println(x + ": floor=" + Math.floor(x) + " ceil=" + Math.ceil(x) + " rint=" + Math.rint(x) + " round=" + Math.round(x) + " roundf=" + Math.round((float) x) + " signum=" + Math.signum(x));
        }
        System.out.println("sqrt " + Math.sqrt(2) + " " + Math.sqrt(-1) + " " + Math.sqrt(1e-300) + " cbrt " + Math.cbrt(27) + " " + Math.cbrt(-8) + " " + Math.cbrt(2));
        System.out.println("pow " + Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(2, 0.5) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0) + " " + Math.pow(10, 15) + " " + Math.pow(1.0001, 10000));
        System.out.println("exp " + Math.exp(1) + " " + Math.exp(0) + " " + Math.exp(-1) + " " + Math.exp(710) + " log " + Math.log(Math.E) + " " + Math.log(10) + " " + Math.log(0) + " " + Math.log(-1));
        System.out.println("log10 " + Math.log10(1000) + " " + Math.log10(2) + " log1p " + Math.log1p(1e-10) + " expm1 " + Math.expm1(1e-10));
        System.out.println("trig " + Math.sin(0) + " " + Math.sin(Math.PI / 6) + " " + Math.cos(0) + " " + Math.cos(Math.PI / 3) + " " + Math.tan(Math.PI / 4) + " " + Math.sin(1) + " " + Math.cos(1));
        System.out.println("inverse " + Math.asin(1) + " " + Math.acos(0) + " " + Math.atan(1) + " " + Math.atan2(1, 1) + " " + Math.atan2(-1, -1) + " " + Math.atan2(0.0, -0.0));
        System.out.println("hyperbolic " + Math.sinh(1) + " " + Math.cosh(1) + " " + Math.tanh(0.5));
        System.out.println("hypot " + Math.hypot(3, 4) + " " + Math.hypot(1e200, 1e200) + " toDegrees " + Math.toDegrees(Math.PI) + " toRadians " + Math.toRadians(180));
        System.out.println("ulp " + Math.ulp(1.0) + " " + Math.ulp(1e10) + " nextUp " + Math.nextUp(1.0) + " nextAfter " + Math.nextAfter(1.0f, 2.0) + " getExponent " + Math.getExponent(1024.0));
        System.out.println("copySign " + Math.copySign(3.0, -0.0) + " scalb " + Math.scalb(1.5, 4) + " IEEEremainder " + Math.IEEEremainder(10, 3) + " fma " + Math.fma(2.0, 3.0, 1.0));
        System.out.println("projectile range 45deg " + projectileRange(20, 45) + " 30deg " + projectileRange(20, 30));
        System.out.println("Oslo to Paris km " + haversineKm(59.9139, 10.7522, 48.8566, 2.3522));
        System.out.println("constants " + Math.PI + " " + Math.E + " StrictMath.sqrt " + StrictMath.sqrt(3) + " StrictMath.sin " + StrictMath.sin(1));
        long compound = Math.round(1000 * Math.pow(1 + 0.07 / 12, 12 * 30));
        System.out.println("mortgage-ish compound " + compound);
    }
}
