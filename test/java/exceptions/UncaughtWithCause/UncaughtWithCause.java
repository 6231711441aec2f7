/** An uncaught exception with a two-level cause chain: "Caused by:" sections and "... n more" lines. */
public class UncaughtWithCause {
    static class Repository {
        String load(int id) {
            if (id < 0) throw new IllegalArgumentException("negative id " + id);
            return "record" + id;
        }
    }

    static class Service {
        final Repository repo = new Repository();

        String fetch(int id) {
            try {
                return repo.load(id);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("fetch failed", e);
            }
        }
    }

    static void handle(Service service, int id) {
        try {
            System.out.println(service.fetch(id));
        } catch (IllegalStateException e) {
            throw new RuntimeException("request " + id + " failed", e);
        }
    }

    public static void main(String[] args) {
        Service service = new Service();
        handle(service, 7);
        handle(service, -1);
    }
}
