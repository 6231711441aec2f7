import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Anonymous and local classes capturing effectively final locals and parameters, local records, enums and interfaces. */
public class AnonymousAndLocal {
    interface Greeter { String greet(String who); }

    static Greeter makeGreeter(String greeting, int times) {
        String suffix = "!".repeat(times);
        return new Greeter() {
            int calls;
            @Override public String greet(String who) {
                calls++;
                return greeting + ", " + who + suffix + " (call " + calls + ")";
            }
        };
    }

    static List<Runnable> makeCounters(StringBuilder out) {
        List<Runnable> list = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int id = i;
            class Counter implements Runnable {
                int count;
                public void run() { out.append("counter").append(id).append('=').append(++count).append(' '); }
            }
            list.add(new Counter());
        }
        return list;
    }

    public static void main(String[] args) {
        Greeter g = makeGreeter("Hi", 2);
        System.out.println(g.greet("Ann"));
        System.out.println(g.greet("Ben"));
        StringBuilder out = new StringBuilder();
        List<Runnable> counters = makeCounters(out);
        for (int round = 0; round < 2; round++) for (Runnable r : counters) r.run();
        System.out.println(out.toString().trim());

        record Score(String player, int points) {}
        enum Level { LOW, MID, HIGH }
        interface Judge { Level judge(Score s); }
        Judge judge = s -> s.points() > 80 ? Level.HIGH : s.points() > 40 ? Level.MID : Level.LOW;
        List<Score> scores = new ArrayList<>();
        scores.add(new Score("zoe", 55));
        scores.add(new Score("al", 91));
        scores.add(new Score("max", 12));
        scores.sort(new Comparator<Score>() {
            @Override public int compare(Score a, Score b) { return Integer.compare(b.points(), a.points()); }
        });
        for (Score s : scores) System.out.println(s + " -> " + judge.judge(s));

        int base = 100;
        class Adder {
            int add(int x) { return base + x; }
        }
        System.out.println("local class captured base: " + new Adder().add(5));
        Object anon = new Object() {
            @Override public String toString() { return "anonymous object with base " + base; }
        };
        System.out.println(anon);
        Runnable nested = new Runnable() {
            public void run() {
                Runnable inner = new Runnable() {
                    public void run() { System.out.println("nested anonymous sees " + base + " and " + g.greet("Cy")); }
                };
                inner.run();
            }
        };
        nested.run();
        System.out.println("anonymous class name: " + anon.getClass().getName() + ", local: " + new Adder().getClass().getName());
    }
}
