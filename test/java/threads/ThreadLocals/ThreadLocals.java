import java.util.ArrayList;
import java.util.List;

/** ThreadLocal values per thread: initial values, set/get/remove, and inheritance with InheritableThreadLocal. */
public class ThreadLocals {
    static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(StringBuilder::new);
    static final ThreadLocal<Integer> DEPTH = new ThreadLocal<>();
    static final InheritableThreadLocal<String> REQUEST_ID = new InheritableThreadLocal<>() {
        @Override protected String childValue(String parent) { return parent + "/child"; }
    };

    static String render(int id) {
        StringBuilder sb = BUFFER.get();
        sb.setLength(0);
        for (int i = 0; i < id + 2; i++) sb.append((char) ('a' + id));
        return sb.toString();
    }

    public static void main(String[] args) throws InterruptedException {
        REQUEST_ID.set("req-42");
        DEPTH.set(1);
        List<Thread> threads = new ArrayList<>();
        String[] results = new String[4];
        for (int i = 0; i < results.length; i++) {
            final int id = i;
            Thread t = new Thread(() -> {
                String before = String.valueOf(DEPTH.get());
                DEPTH.set(id * 10);
                results[id] = render(id) + " depth " + DEPTH.get() + " (was " + before + ") request " + REQUEST_ID.get() + " own buffer " + (BUFFER.get().length() == id + 2);
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        for (String r : results) System.out.println(r);
        System.out.println("main depth still " + DEPTH.get() + ", request " + REQUEST_ID.get() + ", buffer untouched " + (BUFFER.get().length() == 0));
        DEPTH.remove();
        System.out.println("after remove " + DEPTH.get());
        REQUEST_ID.set("req-43");
        Thread late = new Thread(() -> System.out.println("late child sees " + REQUEST_ID.get()));
        late.start();
        late.join();
    }
}
