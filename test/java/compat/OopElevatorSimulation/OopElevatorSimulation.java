import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeSet;

/** Discrete-event simulation of two elevators (SCAN scheduling) with a priority queue of timed events and wait statistics. */
public class OopElevatorSimulation {
    record Request(int id, int time, int from, int to) {}

    abstract static class Event implements Comparable<Event> {
        final int time;
        final long seq;
        static long counter;
        Event(int time) { this.time = time; this.seq = counter++; }
        public int compareTo(Event o) { return time != o.time ? Integer.compare(time, o.time) : Long.compare(seq, o.seq); }
        abstract void fire(OopElevatorSimulation sim);
    }

    static final class Arrival extends Event {
        final Request r;
        Arrival(Request r) { super(r.time()); this.r = r; }
        void fire(OopElevatorSimulation sim) { sim.assign(r, time); }
    }

    static final class Tick extends Event {
        final Car car;
        Tick(int time, Car car) { super(time); this.car = car; }
        void fire(OopElevatorSimulation sim) { sim.step(car, time); }
    }

    static final class Car {
        final String name;
        int floor, direction;
        boolean ticking;
        final TreeSet<Integer> stops = new TreeSet<>();
        final List<Request> waiting = new ArrayList<>(), riding = new ArrayList<>();
        int moved;
        Car(String name, int floor) { this.name = name; this.floor = floor; }
        int cost(Request r) { return Math.abs(floor - r.from()) + 2 * (waiting.size() + riding.size()); }
    }

    final PriorityQueue<Event> events = new PriorityQueue<>();
    final List<Car> cars = List.of(new Car("A", 0), new Car("B", 9));
    final List<String> log = new ArrayList<>();
    final List<Integer> waits = new ArrayList<>(), rides = new ArrayList<>();
    final java.util.Map<Integer, Integer> pickedAt = new java.util.HashMap<>();

    void assign(Request r, int now) {
        Car best = cars.stream().min(Comparator.comparingInt((Car c) -> c.cost(r)).thenComparing(c -> c.name)).get();
        best.waiting.add(r);
        best.stops.add(r.from());
        log.add("t=" + now + " #" + r.id() + " " + r.from() + "->" + r.to() + " assigned to " + best.name + " at floor " + best.floor);
        if (!best.ticking) { best.ticking = true; events.add(new Tick(now, best)); }
    }

    void step(Car c, int now) {
        if (c.stops.remove(c.floor)) {
            List<Request> out = new ArrayList<>();
            for (Request r : c.riding) if (r.to() == c.floor) out.add(r);
            c.riding.removeAll(out);
            for (Request r : out) rides.add(now - pickedAt.get(r.id()));
            List<Request> in = new ArrayList<>();
            for (Request r : c.waiting) if (r.from() == c.floor) in.add(r);
            c.waiting.removeAll(in);
            for (Request r : in) { c.riding.add(r); c.stops.add(r.to()); waits.add(now - r.time()); pickedAt.put(r.id(), now); }
            log.add("t=" + now + " " + c.name + " stops at " + c.floor + (out.isEmpty() ? "" : " drops " + out.stream().map(Request::id).toList())
                + (in.isEmpty() ? "" : " picks " + in.stream().map(Request::id).toList()));
            events.add(new Tick(now + 2, c));
            return;
        }
        if (c.stops.isEmpty()) { c.direction = 0; c.ticking = false; return; }
        if (c.direction == 0) c.direction = c.stops.first() > c.floor ? 1 : -1;
        if (c.direction > 0 && c.stops.ceiling(c.floor) == null) c.direction = -1;
        if (c.direction < 0 && c.stops.floor(c.floor) == null) c.direction = 1;
        c.floor += c.direction;
        c.moved++;
        events.add(new Tick(now + 1, c));
    }

    public static void main(String[] args) {
        OopElevatorSimulation sim = new OopElevatorSimulation();
        Random rnd = new Random(99);
        int t = 0;
        for (int id = 1; id <= 14; id++) {
            t += rnd.nextInt(4);
            int from = rnd.nextInt(10), to;
            do { to = rnd.nextInt(10); } while (to == from);
            sim.events.add(new Arrival(new Request(id, t, from, to)));
        }
        int processed = 0, last = 0;
        while (!sim.events.isEmpty()) {
            Event e = sim.events.poll();
            last = e.time;
            e.fire(sim);
            processed++;
        }
        sim.log.forEach(System.out::println);
        System.out.println(processed + " events, finished at t=" + last);
        for (Car c : sim.cars) System.out.println("car " + c.name + " at floor " + c.floor + ", moved " + c.moved + " floors");
        System.out.println("waits " + sim.waits + " avg " + sim.waits.stream().mapToInt(Integer::intValue).average().orElse(0));
        System.out.println("rides " + sim.rides + " max " + sim.rides.stream().mapToInt(Integer::intValue).max().getAsInt());
    }
}
