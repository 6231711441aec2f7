import java.util.ArrayList;
import java.util.List;

/** Enums: values, valueOf, ordinal, compareTo, switch, fields and constructors, constant-specific bodies and abstract methods. */
public class Enums {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        private final double mass, radius;
        static final double G = 6.67300E-11;

        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }

        double surfaceGravity() { return G * mass / (radius * radius); }
    }

    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        SUB("-") { int apply(int a, int b) { return a - b; } },
        MUL("*") {
            int apply(int a, int b) { return a * b; }
            @Override public String toString() { return "times"; }
        };

        final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        abstract int apply(int a, int b);
    }

    enum Light {
        RED, YELLOW, GREEN;
        Light next() { return values()[(ordinal() + 1) % values().length]; }
    }

    static String advice(Light l) {
        switch (l) {
            case RED: return "stop";
            case YELLOW: return "slow down";
            default: return "go";
        }
    }

    static int duration(Light l) {
        return switch (l) {
            case RED -> 30;
            case YELLOW -> 5;
            case GREEN -> 25;
        };
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) {
            System.out.println(p + " ordinal " + p.ordinal() + " gravity " + p.surfaceGravity());
        }
        for (Op op : Op.values()) {
            System.out.println(op.name() + " " + op + " " + op.symbol + " " + op.apply(7, 3) + " class is Op: " + (op.getDeclaringClass() == Op.class));
        }
        Light l = Light.RED;
        for (int i = 0; i < 4; i++) {
            System.out.println(l + ": " + advice(l) + " for " + duration(l) + "s");
            l = l.next();
        }
        System.out.println("valueOf GREEN: " + Light.valueOf("GREEN") + " same: " + (Light.valueOf("GREEN") == Light.GREEN));
        try {
            Light.valueOf("BLUE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Light.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null): " + e.getMessage());
        }
        System.out.println("compareTo " + Light.RED.compareTo(Light.GREEN) + " " + Light.GREEN.compareTo(Light.RED) + " equals " + Light.RED.equals(Light.RED));
        List<Light> list = new ArrayList<>(List.of(Light.GREEN, Light.RED, Light.YELLOW, Light.RED));
        list.sort(null);
        System.out.println("sorted " + list);
        System.out.println("Enum.valueOf " + Enum.valueOf(Op.class, "SUB").apply(1, 2));
        System.out.println("class " + Light.RED.getClass().getName() + " constant body class is subclass: " + (Op.MUL.getClass() != Op.class));
        System.out.println("is Enum: " + (Light.RED instanceof Enum) + ", is Comparable: " + (Light.RED instanceof Comparable));
    }
}
