import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** instanceof and checkcast against classes, interfaces, arrays and null, including pattern matching. */
public class TypeChecks {
    interface Shape { double area(); }
    record Circle(double r) implements Shape { public double area() { return 3 * r * r; } }
    record Square(double side) implements Shape { public double area() { return side * side; } }
    static class Blob {}

    static String describe(Object o) {
        if (o instanceof Circle c && c.r() > 1) return "big circle r=" + c.r();
        if (o instanceof Shape s) return "shape area=" + s.area();
        if (o instanceof CharSequence cs) return "text of length " + cs.length();
        if (o instanceof int[] ints) return "int[" + ints.length + "]";
        if (o instanceof Object[] objs) return "Object[" + objs.length + "] of " + objs.getClass().getName();
        if (o == null) return "null";
        return "other " + o.getClass().getName();
    }

    public static void main(String[] args) {
        Object[] things = {new Circle(2), new Circle(0.5), new Square(3), "hello", new StringBuilder("sb"), new int[4], new String[2], new Integer[1][1], null, new Blob(), 42};
        for (Object o : things) System.out.println(describe(o));
        Object s = "str";
        Object arr = new String[0];
        Object ints = new int[0];
        Object nested = new int[0][0];
        System.out.println("String instanceof Comparable: " + (s instanceof Comparable));
        System.out.println("String instanceof Serializable: " + (s instanceof Serializable));
        System.out.println("String[] instanceof Object[]: " + (arr instanceof Object[]));
        System.out.println("String[] instanceof Comparable[]: " + (arr instanceof Comparable[]));
        System.out.println("String[] instanceof Serializable: " + (arr instanceof Serializable));
        System.out.println("String[] instanceof Cloneable: " + (arr instanceof Cloneable));
        System.out.println("int[] instanceof Object[]: " + (ints instanceof Object[]));
        System.out.println("int[][] instanceof Object[]: " + (nested instanceof Object[]));
        System.out.println("int[][] instanceof int[][]: " + (nested instanceof int[][]));
        Object nothing = null;
        System.out.println("null instanceof Object: " + (nothing instanceof Object));
        String castNull = (String) nothing;
        System.out.println("cast of null = " + castNull);
        Object[] objs = (Object[]) arr;
        Comparable<?>[] comps = (Comparable<?>[]) arr;
        System.out.println("casts ok " + objs.length + " " + comps.length);
        List<Object> list = new ArrayList<>();
        list.add(1);
        list.add("two");
        list.add(3.0);
        int numbers = 0;
        for (Object o : list) if (o instanceof Number) numbers++;
        System.out.println("numbers in list: " + numbers);
        Shape sh = new Square(2);
        if (sh instanceof Square sq) System.out.println("square side " + sq.side());
        System.out.println("Circle is Record: " + (things[0] instanceof Record));
    }
}
