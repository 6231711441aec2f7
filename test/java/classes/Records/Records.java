import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Records: generated toString, equals and hashCode, compact constructors, static factories, nested records as map keys. */
public class Records {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);
        Point translate(int dx, int dy) { return new Point(x + dx, y + dy); }
        double distance(Point o) { return Math.sqrt(Math.pow(x - o.x, 2) + Math.pow(y - o.y, 2)); }
    }

    record Range(int low, int high) {
        Range {
            if (low > high) throw new IllegalArgumentException("low " + low + " > high " + high);
        }
        int length() { return high - low; }
    }

    record Person(String name, int age, List<String> tags) {
        Person(String name) { this(name, 0, List.of()); }
        Person {
            name = name.strip();
            tags = List.copyOf(tags);
        }
    }

    record Line(Point from, Point to) {}

    record Measurements(double value, float weight, long count, boolean valid, char grade, byte b, short s) {}

    record Holder(int[] data) {}

    interface Shape { double area(); }
    record Circle(double radius) implements Shape {
        public double area() { return Math.PI * radius * radius; }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " x=" + p.x() + " hash " + p.hashCode() + " origin " + Point.ORIGIN);
        System.out.println("equals " + p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null) + " " + p.equals("Point[x=3, y=4]"));
        System.out.println("translate " + p.translate(-3, -4) + " distance " + p.distance(Point.ORIGIN));
        System.out.println(new Range(2, 9) + " length " + new Range(2, 9).length());
        try {
            new Range(5, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("invalid: " + e.getMessage());
        }
        List<String> tags = new ArrayList<>(List.of("admin"));
        Person ann = new Person("  Ann ", 30, tags);
        tags.add("mutated");
        System.out.println(ann + " hash " + ann.hashCode() + " " + new Person("Bob"));
        Line line = new Line(p, new Point(-1, 7));
        System.out.println(line + " hash " + line.hashCode() + " equals " + line.equals(new Line(new Point(3, 4), new Point(-1, 7))));
        Measurements m = new Measurements(2.5, 0.5f, 1L << 40, true, 'B', (byte) -3, (short) 300);
        System.out.println(m + " hash " + m.hashCode());
        Measurements nan = new Measurements(Double.NaN, -0.0f, 0, false, 'A', (byte) 0, (short) 0);
        System.out.println(nan.equals(new Measurements(Double.NaN, -0.0f, 0, false, 'A', (byte) 0, (short) 0)) + " vs +0: "
                + nan.equals(new Measurements(Double.NaN, 0.0f, 0, false, 'A', (byte) 0, (short) 0)) + " hash " + nan.hashCode());
        int[] data = {1, 2};
        System.out.println("array component equality: " + new Holder(data).equals(new Holder(data)) + " " + new Holder(data).equals(new Holder(new int[] {1, 2})));
        Map<Point, String> labels = new HashMap<>();
        labels.put(new Point(1, 1), "one");
        labels.put(new Point(2, 2), "two");
        labels.put(new Point(1, 1), "uno");
        System.out.println("map size " + labels.size() + " get " + labels.get(new Point(1, 1)));
        Set<Range> ranges = new HashSet<>();
        for (int i = 0; i < 5; i++) ranges.add(new Range(i % 2, 3));
        System.out.println("distinct ranges " + ranges.size());
        Shape s = new Circle(2);
        System.out.println(s + " area " + s.area());
        System.out.println("null component: " + new Line(null, null) + " hash " + new Line(null, null).hashCode());
    }
}
