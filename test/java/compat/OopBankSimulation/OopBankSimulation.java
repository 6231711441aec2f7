import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A bank: account types with overridden rules, checked exceptions, transfers with rollback, monthly interest and statements. */
public class OopBankSimulation {
    static class InsufficientFundsException extends Exception {
        final long shortBy;
        InsufficientFundsException(String account, long shortBy) {
            super("account " + account + " is short by " + money(shortBy));
            this.shortBy = shortBy;
        }
    }

    static class AccountFrozenException extends RuntimeException {
        AccountFrozenException(String id) { super("account " + id + " is frozen"); }
    }

    static String money(long cents) {
        String sign = cents < 0 ? "-" : "";
        cents = Math.abs(cents);
        return sign + "$" + cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }

    enum Kind { CHECKING, SAVINGS, CREDIT }

    record Entry(int day, String text, long amount, long balance) {
        @Override public String toString() {
            return "day " + day + ": " + text + " " + money(amount) + " -> " + money(balance);
        }
    }

    abstract static class Account implements Comparable<Account> {
        private static int nextNumber = 1000;
        final String id;
        final String owner;
        protected long balance;
        boolean frozen;
        final List<Entry> history = new ArrayList<>();

        Account(String owner, long opening) {
            this.id = kind().name().charAt(0) + "-" + nextNumber++;
            this.owner = owner;
            this.balance = opening;
            history.add(new Entry(0, "open", opening, opening));
        }

        abstract Kind kind();

        long limit() { return 0; }

        long monthlyInterest() { return 0; }

        void deposit(int day, long amount, String text) {
            if (amount <= 0) throw new IllegalArgumentException("deposit must be positive: " + amount);
            if (frozen) throw new AccountFrozenException(id);
            balance += amount;
            history.add(new Entry(day, text, amount, balance));
        }

        void withdraw(int day, long amount, String text) throws InsufficientFundsException {
            if (frozen) throw new AccountFrozenException(id);
            if (balance - amount < -limit()) throw new InsufficientFundsException(id, amount - balance - limit());
            balance -= amount;
            history.add(new Entry(day, text, -amount, balance));
        }

        @Override public int compareTo(Account o) { return id.compareTo(o.id); }

        @Override public boolean equals(Object o) { return o instanceof Account a && a.id.equals(id); }

        @Override public int hashCode() { return Objects.hash(id); }

        @Override public String toString() { return getClass().getSimpleName() + "(" + id + ", " + owner + ", " + money(balance) + ")"; }
    }

    static class Checking extends Account {
        Checking(String owner, long opening) { super(owner, opening); }
        Kind kind() { return Kind.CHECKING; }
        @Override long limit() { return 50_00; }
    }

    static class Savings extends Account {
        final double rate;
        Savings(String owner, long opening, double rate) { super(owner, opening); this.rate = rate; }
        Kind kind() { return Kind.SAVINGS; }
        @Override long monthlyInterest() { return Math.round(balance * rate / 12); }
    }

    static class Credit extends Account {
        Credit(String owner) { super(owner, 0); }
        Kind kind() { return Kind.CREDIT; }
        @Override long limit() { return 1000_00; }
        @Override long monthlyInterest() { return balance < 0 ? Math.round(balance * 0.2 / 12) : 0; }
    }

    final Map<String, Account> accounts = new TreeMap<>();
    final List<String> log = new ArrayList<>();

    <A extends Account> A open(A a) { accounts.put(a.id, a); return a; }

    boolean transfer(int day, String from, String to, long amount) {
        Account a = accounts.get(from), b = accounts.get(to);
        try {
            Objects.requireNonNull(a, "no account " + from);
            Objects.requireNonNull(b, "no account " + to);
            a.withdraw(day, amount, "transfer to " + to);
            try {
                b.deposit(day, amount, "transfer from " + from);
            } catch (RuntimeException e) {
                a.deposit(day, amount, "reversal");
                throw e;
            }
            log.add("day " + day + " ok " + from + "->" + to + " " + money(amount));
            return true;
        } catch (InsufficientFundsException e) {
            log.add("day " + day + " declined: " + e.getMessage() + " (short " + e.shortBy + ")");
        } catch (NullPointerException | AccountFrozenException | IllegalArgumentException e) {
            log.add("day " + day + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        OopBankSimulation bank = new OopBankSimulation();
        Checking alice = bank.open(new Checking("alice", 1200_00));
        Savings aliceSav = bank.open(new Savings("alice", 5000_00, 0.03));
        Checking bob = bank.open(new Checking("bob", 300_00));
        Credit bobCard = bank.open(new Credit("bob"));
        Savings carol = bank.open(new Savings("carol", 10_00, 0.05));
        bank.transfer(1, alice.id, bob.id, 250_00);
        bank.transfer(2, bob.id, alice.id, 620_00);
        bank.transfer(3, bobCard.id, bob.id, 400_00);
        bank.transfer(4, carol.id, alice.id, 10_01);
        bank.transfer(5, aliceSav.id, "X-1", 1_00);
        carol.frozen = true;
        bank.transfer(6, alice.id, carol.id, 5_00);
        bank.transfer(7, alice.id, bob.id, -5);
        carol.frozen = false;
        bob.withdraw(8, 340_00, "rent");
        for (int month = 1; month <= 3; month++) {
            for (Account a : bank.accounts.values()) {
                long interest = a.monthlyInterest();
                if (interest > 0) a.deposit(30 * month, interest, "interest");
                else if (interest < 0) a.withdraw(30 * month, -interest, "card interest");
            }
        }
        bank.log.forEach(System.out::println);
        for (Account a : bank.accounts.values()) {
            System.out.println(a + " limit " + money(a.limit()));
            a.history.forEach(e -> System.out.println("   " + e));
        }
        Map<String, Long> byOwner = new TreeMap<>();
        Map<Kind, Integer> byKind = new HashMap<>();
        for (Account a : bank.accounts.values()) {
            byOwner.merge(a.owner, a.balance, Long::sum);
            byKind.merge(a.kind(), 1, Integer::sum);
        }
        System.out.println("net worth " + byOwner);
        System.out.println("kinds " + new TreeMap<>(byKind));
        List<Account> sorted = new ArrayList<>(bank.accounts.values());
        Collections.sort(sorted, Collections.reverseOrder());
        System.out.println("reverse ids " + sorted.stream().map(a -> a.id).toList());
        System.out.println("equal by id: " + alice.equals(bank.accounts.get(alice.id)) + ", hash " + (alice.hashCode() == Objects.hash(alice.id)));
    }
}
