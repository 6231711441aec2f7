import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Covariant returns and generic bridge methods, called through supertypes, raw types and interfaces. */
public class BridgeMethods {
    static class Animal {
        Animal reproduce() { return new Animal(); }
        public String toString() { return "Animal"; }
    }

    static class Sheep extends Animal {
        @Override Sheep reproduce() { return new Sheep(); }
        public String toString() { return "Sheep"; }
    }

    static class Version implements Comparable<Version> {
        final int major, minor;
        Version(int major, int minor) { this.major = major; this.minor = minor; }
        @Override public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
        }
        @Override public String toString() { return major + "." + minor; }
    }

    interface Transformer<T> { T apply(T input); }

    static class Upper implements Transformer<String> {
        @Override public String apply(String input) { return input.toUpperCase(); }
    }

    abstract static class Box<T> {
        abstract T get();
        abstract void set(T value);
    }

    static class IntBox extends Box<Integer> {
        private int v;
        @Override Integer get() { return v; }
        @Override void set(Integer value) { v = value * 2; }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        Animal a = new Sheep();
        Animal child = a.reproduce();
        Sheep lamb = new Sheep().reproduce();
        System.out.println(child + " " + lamb);
        List<Version> versions = new ArrayList<>();
        versions.add(new Version(1, 10));
        versions.add(new Version(1, 2));
        versions.add(new Version(0, 99));
        versions.add(new Version(2, 0));
        Collections.sort(versions);
        System.out.println(versions);
        Comparable raw = new Version(1, 5);
        System.out.println("raw compareTo " + raw.compareTo(new Version(1, 4)));
        try {
            raw.compareTo("not a version");
        } catch (ClassCastException e) {
            System.out.println("bridge cast failed: " + e.getMessage());
        }
        Transformer<String> t = new Upper();
        System.out.println(t.apply("bridge"));
        Transformer rawT = t;
        try {
            rawT.apply(42);
        } catch (ClassCastException e) {
            System.out.println("raw transformer: " + e.getMessage());
        }
        Box<Integer> box = new IntBox();
        box.set(21);
        System.out.println("box " + box.get());
        Box rawBox = box;
        try {
            rawBox.set("x");
        } catch (ClassCastException e) {
            System.out.println("raw box: " + e.getMessage());
        }
        System.out.println("max " + Collections.max(versions) + " min " + Collections.min(versions));
    }
}
