import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An observer-style event bus: listeners as lambdas, anonymous classes and method references, with unsubscribe. */
public class EventBus {
    interface Event { String topic(); }
    record UserCreated(String name) implements Event { public String topic() { return "user"; } }
    record OrderPlaced(int id, double total) implements Event { public String topic() { return "order"; } }

    private final Map<String, List<Consumer<Event>>> listeners = new LinkedHashMap<>();
    private final List<String> log = new ArrayList<>();

    Runnable subscribe(String topic, Consumer<Event> listener) {
        listeners.computeIfAbsent(topic, t -> new ArrayList<>()).add(listener);
        return () -> listeners.get(topic).remove(listener);
    }

    void publish(Event e) {
        List<Consumer<Event>> ls = listeners.getOrDefault(e.topic(), List.of());
        if (ls.isEmpty()) log.add("dead letter: " + e);
        for (Consumer<Event> l : new ArrayList<>(ls)) l.accept(e);
    }

    void audit(Event e) { log.add("audit " + e.topic()); }

    public static void main(String[] args) {
        EventBus bus = new EventBus();
        double[] revenue = {0};
        bus.subscribe("user", e -> bus.log.add("welcome " + ((UserCreated) e).name()));
        Runnable stopRevenue = bus.subscribe("order", e -> revenue[0] += ((OrderPlaced) e).total());
        bus.subscribe("order", new Consumer<Event>() {
            int seen;
            @Override public void accept(Event e) { bus.log.add("order #" + ((OrderPlaced) e).id() + " is number " + ++seen); }
        });
        bus.subscribe("order", bus::audit);
        bus.subscribe("user", bus::audit);
        bus.publish(new UserCreated("ann"));
        bus.publish(new OrderPlaced(1, 19.99));
        bus.publish(new OrderPlaced(2, 5.01));
        stopRevenue.run();
        bus.publish(new OrderPlaced(3, 100));
        bus.publish(new Event() {
            public String topic() { return "unknown"; }
            @Override public String toString() { return "mystery event"; }
        });
        for (String line : bus.log) System.out.println(line);
        System.out.println("revenue " + revenue[0]);
        System.out.println("topics " + bus.listeners.keySet() + " order listeners " + bus.listeners.get("order").size());
    }
}
