import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * Session metadata kept in a WeakHashMap keyed by session objects: when the server drops a
 * session, the collector clears the weak key and the map forgets the entry by itself. A
 * ReferenceQueue reports the dropped sessions for the audit log. The program waits (collecting
 * and sleeping, a bounded number of times) until the collector's work is visible, so its output
 * does not depend on how fast a collection is noticed.
 */
public class WeakSessionExpiry {
    static final class Session {
        final String user;
        final int id;

        Session(String user, int id) {
            this.user = user;
            this.id = id;
        }

        @Override
        public int hashCode() {
            return id * 31 + user.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Session s && s.id == id && s.user.equals(user);
        }

        @Override
        public String toString() {
            return user + "#" + id;
        }
    }

    static final class AuditRef extends WeakReference<Session> {
        final String label;

        AuditRef(Session s, ReferenceQueue<Session> q) {
            super(s, q);
            label = s.toString();
        }
    }

    static final List<Session> live = new ArrayList<>();
    static final Map<Session, String> metadata = new WeakHashMap<>();
    static final ReferenceQueue<Session> queue = new ReferenceQueue<>();
    static final List<AuditRef> audit = new ArrayList<>();

    /** Opens sessions; only those the server keeps stay strongly reachable. */
    static void openSessions() {
        String[] users = {"ann", "bob", "cyd", "dee", "eve", "fay", "gus", "hal"};
        for (int i = 0; i < 40; i++) {
            Session s = new Session(users[i % users.length], 1000 + i);
            metadata.put(s, "login=" + (i * 7 % 24) + "h");
            audit.add(new AuditRef(s, queue));
            if (i % 4 == 0) live.add(s);
        }
    }

    /** Collects until the map has shrunk to {@code expected} entries (bounded). */
    static boolean awaitSize(int expected) throws InterruptedException {
        for (int tries = 0; tries < 200; tries++) {
            if (metadata.size() <= expected) return true;
            System.gc();
            Thread.sleep(10);
        }
        return false;
    }

    public static void main(String[] args) throws InterruptedException {
        openSessions();
        // The collector may already have run: print only what does not depend on when.
        System.out.println("opened: " + audit.size() + " sessions, " + live.size() + " kept by the server, map holds them all: "
                + live.stream().allMatch(metadata::containsKey));
        boolean settled = awaitSize(live.size());
        System.out.println("after collection: settled=" + settled + " size=" + metadata.size());
        Map<String, String> remaining = new TreeMap<>();
        for (Map.Entry<Session, String> e : metadata.entrySet()) remaining.put(e.getKey().toString(), e.getValue());
        System.out.println("remaining " + remaining);

        List<String> dropped = new ArrayList<>();
        for (int tries = 0; tries < 200 && dropped.size() < 30; tries++) {
            Reference<? extends Session> r;
            while ((r = queue.poll()) != null) dropped.add(((AuditRef) r).label);
            if (dropped.size() < 30) {
                System.gc();
                Thread.sleep(10);
            }
        }
        dropped.sort(null);
        System.out.println("audit: " + dropped.size() + " dropped, first " + dropped.subList(0, 5));
        int cleared = 0;
        for (AuditRef a : audit) if (a.get() == null) cleared++;
        System.out.println("cleared references: " + cleared + ", live ones still set: "
                + audit.stream().filter(a -> a.get() != null).count());

        // The server drops half of the remaining sessions.
        live.subList(0, 5).clear();
        System.out.println("after logout: settled=" + awaitSize(5) + " size=" + metadata.size());
        for (Session s : live) System.out.println("  still " + s + " " + metadata.get(s));
        System.out.println("lookup by equal key: " + metadata.get(new Session("ann", 1032)));
    }
}
