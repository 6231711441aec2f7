import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A lending library: members with tiers, holds queues, due dates and fines, resource cleanup with try-with-resources. */
public class OopLibraryLoans {
    enum Tier {
        STUDENT(3, 14, 10), REGULAR(5, 21, 25), STAFF(10, 28, 0);
        final int maxLoans, days, finePerDay;
        Tier(int maxLoans, int days, int finePerDay) { this.maxLoans = maxLoans; this.days = days; this.finePerDay = finePerDay; }
    }

    record Book(String isbn, String title, String author, int year) {}
    record Member(int id, String name, Tier tier) {}
    record Loan(Book book, Member member, int day, int due) {}

    static class LibraryException extends Exception {
        LibraryException(String msg) { super(msg); }
        LibraryException(String msg, Throwable cause) { super(msg, cause); }
    }

    /** An audit log that must be closed; closing can fail, which try-with-resources records as suppressed. */
    static final class AuditLog implements AutoCloseable {
        final String name;
        final List<String> lines = new ArrayList<>();
        boolean failOnClose;
        AuditLog(String name) { this.name = name; }
        void write(String s) { lines.add(s); }
        @Override public void close() throws LibraryException {
            System.out.println("closing " + name + " with " + lines.size() + " lines");
            if (failOnClose) throw new LibraryException("audit log " + name + " could not be flushed");
        }
    }

    final Map<String, Book> catalog = new LinkedHashMap<>();
    final Map<String, Integer> copies = new HashMap<>();
    final Map<String, Deque<Member>> holds = new HashMap<>();
    final List<Loan> loans = new ArrayList<>();
    final Map<Integer, Integer> fines = new TreeMap<>();

    void addBook(Book b, int n) { catalog.put(b.isbn(), b); copies.merge(b.isbn(), n, Integer::sum); }

    Loan checkout(Member m, String isbn, int day, AuditLog log) throws LibraryException {
        Book b = Optional.ofNullable(catalog.get(isbn)).orElseThrow(() -> new LibraryException("no book " + isbn));
        long mine = loans.stream().filter(l -> l.member().equals(m)).count();
        if (mine >= m.tier().maxLoans) throw new LibraryException(m.name() + " reached the limit of " + m.tier().maxLoans);
        if (fines.getOrDefault(m.id(), 0) > 100) throw new LibraryException(m.name() + " owes " + fines.get(m.id()) + " cents");
        Deque<Member> q = holds.get(isbn);
        if (q != null && !q.isEmpty() && !q.peekFirst().equals(m)) throw new LibraryException(b.title() + " is held for " + q.peekFirst().name());
        if (copies.get(isbn) == 0) {
            holds.computeIfAbsent(isbn, k -> new ArrayDeque<>()).addLast(m);
            throw new LibraryException("no copy of " + b.title() + "; " + m.name() + " is #" + holds.get(isbn).size() + " in the queue");
        }
        if (q != null && !q.isEmpty()) q.pollFirst();
        copies.merge(isbn, -1, Integer::sum);
        Loan l = new Loan(b, m, day, day + m.tier().days);
        loans.add(l);
        log.write("day " + day + " out " + b.title() + " to " + m.name());
        return l;
    }

    void giveBack(Member m, String isbn, int day, AuditLog log) throws LibraryException {
        Loan l = loans.stream().filter(x -> x.member().equals(m) && x.book().isbn().equals(isbn)).findFirst()
            .orElseThrow(() -> new LibraryException(m.name() + " has not borrowed " + isbn));
        loans.remove(l);
        copies.merge(isbn, 1, Integer::sum);
        int late = Math.max(0, day - l.due());
        if (late > 0) fines.merge(m.id(), late * m.tier().finePerDay, Integer::sum);
        log.write("day " + day + " back " + l.book().title() + (late > 0 ? " " + late + " days late" : ""));
    }

    public static void main(String[] args) {
        OopLibraryLoans lib = new OopLibraryLoans();
        lib.addBook(new Book("111", "Dune", "Herbert", 1965), 1);
        lib.addBook(new Book("222", "Neuromancer", "Gibson", 1984), 2);
        lib.addBook(new Book("333", "Hyperion", "Simmons", 1989), 1);
        lib.addBook(new Book("444", "Foundation", "Asimov", 1951), 1);
        Member ann = new Member(1, "Ann", Tier.STUDENT), ben = new Member(2, "Ben", Tier.REGULAR), cy = new Member(3, "Cy", Tier.STAFF);
        Object[][] script = {
            {ann, "out", "111", 1}, {ben, "out", "111", 2}, {cy, "out", "111", 3}, {ann, "out", "222", 3}, {ann, "out", "333", 4},
            {ann, "out", "444", 5}, {ann, "back", "111", 30}, {cy, "out", "111", 31}, {ben, "out", "111", 31}, {ann, "out", "444", 32},
            {ben, "back", "222", 33}, {ann, "back", "222", 40}, {ann, "out", "999", 41}, {cy, "back", "111", 90},
        };
        try (AuditLog log = new AuditLog("main"); AuditLog shadow = new AuditLog("shadow")) {
            for (Object[] step : script) {
                Member m = (Member) step[0];
                String isbn = (String) step[2];
                int day = (Integer) step[3];
                try {
                    if (step[1].equals("out")) {
                        Loan l = lib.checkout(m, isbn, day, log);
                        System.out.println("day " + day + ": " + m.name() + " borrows " + l.book().title() + " due " + l.due());
                    } else {
                        lib.giveBack(m, isbn, day, log);
                        System.out.println("day " + day + ": " + m.name() + " returns " + isbn);
                    }
                } catch (LibraryException e) {
                    System.out.println("day " + day + ": refused: " + e.getMessage());
                    shadow.write(e.getMessage());
                }
            }
            shadow.failOnClose = true;
            log.failOnClose = true;
            throw new IllegalStateException("end of day processing failed");
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + " with " + e.getSuppressed().length + " suppressed:");
            for (Throwable s : e.getSuppressed()) System.out.println("  " + s);
        } catch (LibraryException e) {
            System.out.println("unexpected " + e);
        }
        System.out.println("fines " + lib.fines + ", open loans " + lib.loans.size() + ", holds " + new TreeMap<>(lib.holds));
        LibraryException wrapped = new LibraryException("report failed", new ArithmeticException("/ by zero"));
        System.out.println(wrapped + " caused by " + wrapped.getCause() + "; root message " + wrapped.getCause().getMessage());
        Map<Integer, List<String>> byDecade = new TreeMap<>();
        lib.catalog.values().forEach(b -> byDecade.computeIfAbsent(b.year() / 10 * 10, k -> new ArrayList<>()).add(b.title()));
        System.out.println("by decade " + byDecade + " tiers " + java.util.Arrays.toString(Tier.values()));
    }
}
