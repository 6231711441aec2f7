import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Computational geometry with doubles: convex hull (monotone chain), polygon area, point-in-polygon, segment intersection, closest pair. */
public class AlgoConvexHull {
    record P(double x, double y) {
        P minus(P o) { return new P(x - o.x, y - o.y); }
        double cross(P o) { return x * o.y - y * o.x; }
        double dist(P o) { return Math.hypot(x - o.x, y - o.y); }
        @Override public String toString() { return "(" + fmt(x) + "," + fmt(y) + ")"; }
    }

    static String fmt(double d) { return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(Math.round(d * 1000) / 1000.0); }

    static List<P> hull(List<P> pts) {
        List<P> s = new ArrayList<>(pts);
        s.sort(Comparator.comparingDouble(P::x).thenComparingDouble(P::y));
        if (s.size() < 3) return s;
        P[] h = new P[2 * s.size()];
        int k = 0;
        for (P p : s) {
            while (k >= 2 && h[k - 1].minus(h[k - 2]).cross(p.minus(h[k - 2])) <= 0) k--;
            h[k++] = p;
        }
        for (int i = s.size() - 2, t = k + 1; i >= 0; i--) {
            P p = s.get(i);
            while (k >= t && h[k - 1].minus(h[k - 2]).cross(p.minus(h[k - 2])) <= 0) k--;
            h[k++] = p;
        }
        return Arrays.asList(Arrays.copyOf(h, k - 1));
    }

    static double area(List<P> poly) {
        double a = 0;
        for (int i = 0; i < poly.size(); i++) a += poly.get(i).cross(poly.get((i + 1) % poly.size()));
        return Math.abs(a) / 2;
    }

    static boolean inside(List<P> poly, P p) {
        boolean in = false;
        for (int i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
            P a = poly.get(i), b = poly.get(j);
            if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x()) in = !in;
        }
        return in;
    }

    static String intersect(P a, P b, P c, P d) {
        P r = b.minus(a), s = d.minus(c);
        double den = r.cross(s);
        if (den == 0) return r.cross(c.minus(a)) == 0 ? "collinear" : "parallel";
        double t = c.minus(a).cross(s) / den, u = c.minus(a).cross(r) / den;
        if (t < 0 || t > 1 || u < 0 || u > 1) return "no intersection";
        return "meet at " + new P(a.x() + t * r.x(), a.y() + t * r.y());
    }

    static double closest(P[] byX, int lo, int hi, P[] best) {
        if (hi - lo <= 3) {
            double d = Double.POSITIVE_INFINITY;
            for (int i = lo; i < hi; i++) for (int j = i + 1; j < hi; j++) if (byX[i].dist(byX[j]) < d) { d = byX[i].dist(byX[j]); best[0] = byX[i]; best[1] = byX[j]; }
            return d;
        }
        int mid = (lo + hi) / 2;
        double midX = byX[mid].x();
        P[] bl = new P[2], br = new P[2];
        double dl = closest(byX, lo, mid, bl), dr = closest(byX, mid, hi, br);
        double d = Math.min(dl, dr);
        P[] win = dl <= dr ? bl : br;
        best[0] = win[0];
        best[1] = win[1];
        List<P> strip = new ArrayList<>();
        for (int i = lo; i < hi; i++) if (Math.abs(byX[i].x() - midX) < d) strip.add(byX[i]);
        strip.sort(Comparator.comparingDouble(P::y));
        for (int i = 0; i < strip.size(); i++)
            for (int j = i + 1; j < strip.size() && strip.get(j).y() - strip.get(i).y() < d; j++)
                if (strip.get(i).dist(strip.get(j)) < d) { d = strip.get(i).dist(strip.get(j)); best[0] = strip.get(i); best[1] = strip.get(j); }
        return d;
    }

    public static void main(String[] args) {
        List<P> pts = new ArrayList<>(List.of(new P(0, 0), new P(4, 0), new P(4, 4), new P(0, 4), new P(2, 2), new P(1, 3), new P(2, 0), new P(3, 5)));
        List<P> h = hull(pts);
        System.out.println("hull " + h + " area " + area(h) + " perimeter " + fmt(perimeter(h)));
        for (P q : new P[] {new P(2, 2), new P(3.9, 4.5), new P(5, 1), new P(1, 3.9)}) System.out.println("  " + q + " inside hull: " + inside(h, q));
        System.out.println(intersect(new P(0, 0), new P(4, 4), new P(0, 4), new P(4, 0)));
        System.out.println(intersect(new P(0, 0), new P(1, 1), new P(2, 2), new P(3, 3)));
        System.out.println(intersect(new P(0, 0), new P(1, 0), new P(0, 1), new P(1, 1)));
        System.out.println(intersect(new P(0, 0), new P(1, 1), new P(0, 3), new P(3, 2)));
        Random rnd = new Random(8);
        List<P> cloud = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double ang = rnd.nextDouble() * 2 * Math.PI, rad = Math.sqrt(rnd.nextDouble()) * 50;
            cloud.add(new P(Math.round(rad * Math.cos(ang) * 100) / 100.0, Math.round(rad * Math.sin(ang) * 100) / 100.0));
        }
        List<P> ch = hull(cloud);
        System.out.println("cloud hull has " + ch.size() + " vertices, area " + fmt(area(ch)) + " vs circle " + fmt(Math.PI * 2500));
        P[] byX = cloud.toArray(new P[0]);
        Arrays.sort(byX, Comparator.comparingDouble(P::x).thenComparingDouble(P::y));
        P[] best = new P[2];
        double d = closest(byX, 0, byX.length, best);
        double brute = Double.POSITIVE_INFINITY;
        for (int i = 0; i < byX.length; i++) for (int j = i + 1; j < byX.length; j++) brute = Math.min(brute, byX[i].dist(byX[j]));
        System.out.println("closest pair " + fmt(d) + " brute " + fmt(brute) + " equal " + (d == brute));
        System.out.println("collinear points hull " + hull(List.of(new P(0, 0), new P(1, 1), new P(2, 2), new P(3, 3))));
        System.out.println("angles " + fmt(Math.toDegrees(Math.atan2(1, -1))) + " " + fmt(Math.toDegrees(Math.acos(0.5))) + " " + fmt(Math.toRadians(180)));
    }

    static double perimeter(List<P> poly) {
        double s = 0;
        for (int i = 0; i < poly.size(); i++) s += poly.get(i).dist(poly.get((i + 1) % poly.size()));
        return s;
    }
}
