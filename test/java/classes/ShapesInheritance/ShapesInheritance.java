import java.util.ArrayList;
import java.util.List;

/** Abstract classes and overriding in a shapes model: super calls, field hiding, static hiding and polymorphic dispatch. */
public class ShapesInheritance {
    abstract static class Shape {
        protected final String name;
        static int count;
        Shape(String name) { this.name = name; count++; }
        abstract double area();
        double perimeter() { return 0; }
        String describe() { return name + " area=" + area() + " perimeter=" + perimeter(); }
        static String family() { return "shape"; }
        @Override public String toString() { return "Shape(" + name + ")"; }
    }

    static class Rectangle extends Shape {
        final double w, h;
        Rectangle(double w, double h) { this("rectangle", w, h); }
        protected Rectangle(String name, double w, double h) { super(name); this.w = w; this.h = h; }
        @Override double area() { return w * h; }
        @Override double perimeter() { return 2 * (w + h); }
        static String family() { return "quadrilateral"; }
    }

    static class Square extends Rectangle {
        Square(double side) { super("square", side, side); }
        @Override String describe() { return super.describe() + " (side " + w + ")"; }
        @Override public String toString() { return "Square<" + super.toString() + ">"; }
    }

    static class Circle extends Shape {
        final double r;
        Circle(double r) { super("circle"); this.r = r; }
        @Override double area() { return Math.PI * r * r; }
        @Override double perimeter() { return 2 * Math.PI * r; }
    }

    static final class Triangle extends Shape {
        final double a, b, c;
        Triangle(double a, double b, double c) { super("triangle"); this.a = a; this.b = b; this.c = c; }
        @Override double area() {
            double s = (a + b + c) / 2;
            return Math.sqrt(s * (s - a) * (s - b) * (s - c));
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Rectangle(3, 4));
        shapes.add(new Square(2.5));
        shapes.add(new Circle(1));
        shapes.add(new Triangle(3, 4, 5));
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe());
            total += s.area();
        }
        System.out.println("total area " + total + " count " + Shape.count);
        System.out.println(shapes);
        Shape sq = shapes.get(1);
        Rectangle asRect = (Rectangle) sq;
        System.out.println("families: " + Shape.family() + " " + Rectangle.family() + " " + Square.family());
        System.out.println("square is rectangle: " + (sq instanceof Rectangle) + ", width via cast " + asRect.w);
        Shape largest = shapes.get(0);
        for (Shape s : shapes) if (s.area() > largest.area()) largest = s;
        System.out.println("largest " + largest.name);
        Shape anonymous = new Shape("hexagon") {
            @Override double area() { return 6 * 0.5 * Math.sqrt(3) / 2 * 4; }
        };
        System.out.println(anonymous.describe() + " " + Shape.count);
    }
}
