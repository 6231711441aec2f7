import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A bank simulation: teller threads transfer money between accounts with ordered locking; the total never changes. */
public class BankTransfers {
    static final class Account {
        final int id;
        private long balance;
        int transfersIn;

        Account(int id, long balance) { this.id = id; this.balance = balance; }

        long balance() { synchronized (this) { return balance; } }
    }

    static void transfer(Account from, Account to, long amount) {
        Account first = from.id < to.id ? from : to;
        Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.balance -= amount;
                to.balance += amount;
                to.transfersIn++;
            }
        }
    }

    static long total(Account[] accounts) {
        long sum = 0;
        for (Account a : accounts) sum += a.balance();
        return sum;
    }

    public static void main(String[] args) throws InterruptedException {
        Account[] accounts = new Account[10];
        for (int i = 0; i < accounts.length; i++) accounts[i] = new Account(i, 1_000_000);
        List<Thread> tellers = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            final long seed = t;
            Thread teller = new Thread(() -> {
                Random r = new Random(seed);
                for (int i = 0; i < 3000; i++) {
                    int from = r.nextInt(accounts.length), to = r.nextInt(accounts.length);
                    if (from == to) continue;
                    transfer(accounts[from], accounts[to], 1 + r.nextInt(100));
                    if (i % 250 == 0) Thread.yield();
                }
            }, "teller-" + t);
            tellers.add(teller);
        }
        for (Thread t : tellers) t.start();
        for (Thread t : tellers) t.join();
        for (Account a : accounts) System.out.println("account " + a.id + " balance " + a.balance() + " transfers in " + a.transfersIn);
        System.out.println("total " + total(accounts) + " conserved " + (total(accounts) == 10_000_000L));
    }
}
