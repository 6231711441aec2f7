import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A drawing model with a sealed shape hierarchy: records, pattern-matching instanceof, switch expressions, scaling and ASCII rendering. */
public class OopSealedShapes {
    sealed interface Shape permits Circle, Rect, Triangle, Group {
        double area();
        default String describe() { return getClass().getSimpleName().toLowerCase() + " area=" + round(area()); }
    }

    record Point(double x, double y) {
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
    }

    record Circle(Point center, double r) implements Shape {
        Circle {
            if (r <= 0) throw new IllegalArgumentException("radius must be positive, got " + r);
        }
        public double area() { return Math.PI * r * r; }
    }

    record Rect(Point corner, double w, double h) implements Shape {
        static Rect square(Point p, double side) { return new Rect(p, side, side); }
        public double area() { return w * h; }
    }

    record Triangle(Point a, Point b, Point c) implements Shape {
        public double area() { return Math.abs((b.x() - a.x()) * (c.y() - a.y()) - (c.x() - a.x()) * (b.y() - a.y())) / 2; }
    }

    static final class Group implements Shape {
        final String name;
        final List<Shape> members = new ArrayList<>();
        Group(String name, Shape... shapes) { this.name = name; members.addAll(List.of(shapes)); }
        public double area() { return members.stream().mapToDouble(Shape::area).sum(); }
        @Override public String describe() { return "group " + name + " of " + members.size() + " area=" + round(area()); }
    }

    static double round(double v) { return Math.round(v * 1000) / 1000.0; }

    static double perimeter(Shape s) {
        if (s instanceof Circle c) return 2 * Math.PI * c.r();
        if (s instanceof Rect r) return 2 * (r.w() + r.h());
        if (s instanceof Triangle t) return dist(t.a(), t.b()) + dist(t.b(), t.c()) + dist(t.c(), t.a());
        if (s instanceof Group g && !g.members.isEmpty()) return g.members.stream().mapToDouble(OopSealedShapes::perimeter).sum();
        return 0;
    }

    static double dist(Point p, Point q) { return Math.hypot(p.x() - q.x(), p.y() - q.y()); }

    static Shape scale(Shape s, double k) {
        if (s instanceof Circle c) return new Circle(c.center(), c.r() * k);
        else if (s instanceof Rect r) return new Rect(r.corner(), r.w() * k, r.h() * k);
        else if (s instanceof Triangle t) return new Triangle(t.a(), new Point(t.a().x() + (t.b().x() - t.a().x()) * k, t.a().y() + (t.b().y() - t.a().y()) * k),
            new Point(t.a().x() + (t.c().x() - t.a().x()) * k, t.a().y() + (t.c().y() - t.a().y()) * k));
        else {
            Group g = (Group) s;
            Group out = new Group(g.name + "*" + k);
            for (Shape m : g.members) out.members.add(scale(m, k));
            return out;
        }
    }

    static boolean contains(Shape s, Point p) {
        if (s instanceof Circle c) return dist(c.center(), p) <= c.r();
        if (s instanceof Rect r) return p.x() >= r.corner().x() && p.x() <= r.corner().x() + r.w() && p.y() >= r.corner().y() && p.y() <= r.corner().y() + r.h();
        if (s instanceof Triangle t) {
            double a = new Triangle(p, t.b(), t.c()).area() + new Triangle(t.a(), p, t.c()).area() + new Triangle(t.a(), t.b(), p).area();
            return Math.abs(a - t.area()) < 1e-9;
        }
        return ((Group) s).members.stream().anyMatch(m -> contains(m, p));
    }

    static String kind(Shape s) {
        int sides = s instanceof Circle ? 0 : s instanceof Triangle ? 3 : s instanceof Rect ? 4 : -1;
        return switch (sides) {
            case 0 -> "round";
            case 3, 4 -> sides + "-gon";
            default -> {
                String inner = ((Group) s).members.stream().map(OopSealedShapes::kind).distinct().sorted().toList().toString();
                yield "mixed" + inner;
            }
        };
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>(List.of(
            new Circle(new Point(5, 5), 3), Rect.square(new Point(12, 1), 6), new Rect(new Point(0, 10), 8, 2.5),
            new Triangle(new Point(20, 2), new Point(28, 2), new Point(24, 9))));
        shapes.add(new Group("pair", new Circle(new Point(26, 12), 1.5), Rect.square(new Point(15, 10), 2)));
        try {
            shapes.add(new Circle(new Point(0, 0), -1));
        } catch (IllegalArgumentException e) {
            System.out.println("invalid: " + e.getMessage());
        }
        for (Shape s : shapes) System.out.println(s.describe() + " perimeter=" + round(perimeter(s)) + " kind=" + kind(s));
        System.out.println(shapes.get(0) + " equals copy: " + shapes.get(0).equals(new Circle(new Point(5, 5), 3)) + ", hash equal: " + (shapes.get(0).hashCode() == new Circle(new Point(5, 5), 3).hashCode()));
        shapes.sort(Comparator.comparingDouble(Shape::area).reversed());
        System.out.println("by area: " + shapes.stream().map(s -> s.getClass().getSimpleName() + "(" + round(s.area()) + ")").toList());
        Shape big = scale(new Group("all", shapes.toArray(new Shape[0])), 0.5);
        System.out.println(big.describe() + " ratio " + round(big.area() / new Group("x", shapes.toArray(new Shape[0])).area()));
        StringBuilder canvas = new StringBuilder();
        for (int y = 14; y >= 0; y--) {
            for (int x = 0; x < 30; x++) {
                Point p = new Point(x + 0.5, y + 0.5);
                char ch = '.';
                for (int i = 0; i < shapes.size(); i++) if (contains(shapes.get(i), p)) { ch = (char) ('A' + i); break; }
                canvas.append(ch);
            }
            canvas.append('\n');
        }
        System.out.print(canvas);
        System.out.println(new Point(1, 2).plus(new Point(0.5, -2)) + " " + new Rect(new Point(0, 0), 1, 2));
    }
}
