/*
 * Why this exists: virtual dispatch (invokevirtual, JVMS 6.5 and method selection 5.4.6) at a
 * call site that sees three receiver classes in an irregular order, so no single-target guess
 * is right. A non-overridden method that itself makes a virtual call is mixed in, and every call
 * also writes a field so the calls cannot be folded away.
 */
public final class VirtualCalls {
    /** Base class: abstract area, a shared helper that calls it, and a mutator per subclass. */
    abstract static class Shape {
        int width;

        abstract int area();

        abstract void grow(int delta);

        int scaledArea(int factor) {
            return area() * factor;
        }
    }

    /** A square: area is width squared. */
    static final class Square extends Shape {
        @Override
        int area() {
            return width * width;
        }

        @Override
        void grow(int delta) {
            width = (width + delta) & 63;
        }
    }

    /** A rectangle with its own height. */
    static final class Rectangle extends Shape {
        int height = 3;

        @Override
        int area() {
            return width * height;
        }

        @Override
        void grow(int delta) {
            height = (height + delta) & 31;
        }
    }

    /** A right triangle: half of width times height. */
    static final class Triangle extends Shape {
        int height = 5;

        @Override
        int area() {
            return (width * height) >> 1;
        }

        @Override
        void grow(int delta) {
            width = (width + 2 * delta) & 63;
        }
    }

    /** Runs the kernel for the iteration count in args[0] and prints checksum and time. */
    public static void main(String[] args) {
        int n = Harness.iterations(args);
        long start = System.nanoTime();
        long checksum = run(n);
        long elapsed = System.nanoTime() - start;
        Harness.report(checksum, elapsed);
    }

    /** n trips over an array of 11 shapes whose classes follow no short pattern. */
    static long run(int n) {
        Shape[] shapes = shapes();
        long sum = 0L;
        int index = 0;
        for (int i = 0; i < n; i++) {
            Shape s = shapes[index];
            sum += s.area();
            s.grow(i & 3);
            if ((i & 3) == 0) {
                sum += s.scaledArea(i & 7);
            }
            index = index == shapes.length - 1 ? 0 : index + 1;
        }
        return sum;
    }

    /** Eleven shapes of the three classes, in an irregular order, with different widths. */
    static Shape[] shapes() {
        String pattern = "SRTTSRRTSTR";
        Shape[] shapes = new Shape[pattern.length()];
        for (int i = 0; i < shapes.length; i++) {
            char kind = pattern.charAt(i);
            Shape s = kind == 'S' ? new Square() : kind == 'R' ? new Rectangle() : new Triangle();
            s.width = i + 1;
            shapes[i] = s;
        }
        return shapes;
    }
}
