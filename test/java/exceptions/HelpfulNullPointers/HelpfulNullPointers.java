/** JDK 17 helpful NullPointerException messages for each bytecode that can dereference null. */
public class HelpfulNullPointers {
    static class Node {
        String name;
        Node next;
        int[] values;
        Node(String name) { this.name = name; }
        int size() { return values.length; }
    }

    static Node head;
    static String label;

    interface Action { void run() throws Exception; }

    static void report(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getMessage());
        } catch (Exception e) {
            System.out.println(what + ": unexpected " + e);
        }
    }

    static int lengthOf(String text) {
        return text.length();
    }

    static String nameOfNext(Node node) {
        return node.next.name;
    }

    public static void main(String[] args) {
        Node a = new Node("a");
        report("invoke on parameter", () -> lengthOf(null));
        report("field chain", () -> nameOfNext(a));
        report("static field invoke", () -> label.toUpperCase());
        report("static field read", () -> System.out.println(head.name));
        report("field write", () -> { Node n = a.next; n.name = "x"; });
        report("array load", () -> { int[] v = a.values; System.out.println(v[0]); });
        report("array store", () -> { Node n = a; n.values[1] = 3; });
        report("array length", () -> System.out.println(a.size()));
        report("object array load", () -> { String[] names = null; System.out.println(names[2].length()); });
        report("long array store", () -> { long[] ls = null; ls[0] = 1L; });
        report("unboxing", () -> { Integer boxed = null; int x = boxed; System.out.println(x); });
        report("unboxing in arithmetic", () -> { Long total = null; long t = total + 1; System.out.println(t); });
        report("throw null", () -> { RuntimeException ex = null; throw ex; });
        report("synchronized on null", () -> { Object lock = null; synchronized (lock) { System.out.println("inside"); } });
        report("method result", () -> { Node n = new Node(null); System.out.println(n.name.trim()); });
        report("array element field", () -> { Node[] nodes = new Node[2]; System.out.println(nodes[1].name); });
        report("string switch", () -> { String s = null; switch (s) { case "x": break; default: break; } });
        report("enhanced for", () -> { int[] none = null; for (int v : none) System.out.println(v); });
        report("explicit", () -> { throw new NullPointerException("custom message"); });
        report("no message", () -> { throw new NullPointerException(); });
        report("Objects.requireNonNull", () -> java.util.Objects.requireNonNull(null, "config must not be null"));
    }
}
