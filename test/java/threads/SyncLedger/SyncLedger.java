import java.util.ArrayList;
import java.util.List;
import java.util.Vector;

/**
 * A small bank ledger posted to by several teller threads: synchronized methods and blocks in the
 * hot loop (a shared ledger, per-branch statistics, a StringBuffer journal, a Vector of audit
 * marks). Large withdrawals only show up near the end of every teller's batch, so the branch that
 * flags them is taken for the first time late in the run. Everything printed is independent of how
 * the threads interleave (sums, counts, maxima).
 */
public class SyncLedger {
    static final int ACCOUNTS = 16;
    static final long LARGE = 5_000;

    static final class Ledger {
        private final long[] balances = new long[ACCOUNTS];
        private long posted;
        private long fees;
        private int flagged;
        private long largest;

        synchronized void post(int account, long amount) {
            if (amount < -LARGE) {
                // Rare: only in the last part of each batch.
                flagged++;
                fees += 25;
                if (-amount > largest) largest = -amount;
            }
            balances[account] += amount;
            posted++;
        }

        synchronized long balance(int account) { return balances[account]; }

        synchronized long total() {
            long t = 0;
            for (long b : balances) t += b;
            return t;
        }

        synchronized String summary() {
            return "posted=" + posted + " fees=" + fees + " flagged=" + flagged + " largest=" + largest;
        }
    }

    static final class BranchStats {
        long deposits;
        long withdrawals;
        int maxDeposit;
    }

    static final Ledger ledger = new Ledger();
    static final BranchStats stats = new BranchStats();
    static final Vector<Integer> auditMarks = new Vector<>();

    /** One teller's deterministic batch of transactions. */
    static String teller(int id, int n) {
        StringBuffer journal = new StringBuffer();
        int seed = 12345 + id * 7919;
        long checksum = 0;
        for (int i = 0; i < n; i++) {
            seed = seed * 1103515245 + 12345;
            int r = (seed >>> 8) & 0xffff;
            int account = r % ACCOUNTS;
            long amount = (r % 2 == 0) ? (r % 1000) : -(r % 700);
            if (i >= n - n / 20 && r % 5 == 0) amount = -(LARGE + 1 + r % 3000);
            ledger.post(account, amount);
            synchronized (stats) {
                if (amount >= 0) {
                    stats.deposits += amount;
                    if (amount > stats.maxDeposit) stats.maxDeposit = (int) amount;
                } else {
                    stats.withdrawals -= amount;
                }
            }
            checksum = checksum * 31 + amount;
            if (i % 500 == 0) {
                journal.append(id).append(':').append(i).append('=').append(checksum % 1000).append(';');
                auditMarks.add(id * 100000 + i);
            }
        }
        return journal.toString();
    }

    public static void main(String[] args) throws Exception {
        int tellers = 4;
        int n = 30_000;
        String[] journals = new String[tellers];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < tellers; t++) {
            final int id = t;
            Thread th = new Thread(() -> journals[id] = teller(id, n), "teller-" + t);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();

        System.out.println("ledger: " + ledger.summary());
        System.out.println("total balance: " + ledger.total());
        StringBuilder accounts = new StringBuilder();
        for (int a = 0; a < ACCOUNTS; a++) accounts.append(a == 0 ? "" : " ").append(ledger.balance(a));
        System.out.println("accounts: " + accounts);
        System.out.println("deposits=" + stats.deposits + " withdrawals=" + stats.withdrawals + " maxDeposit=" + stats.maxDeposit);
        System.out.println("deposits - withdrawals = " + (stats.deposits - stats.withdrawals));
        for (int t = 0; t < tellers; t++) {
            String j = journals[t];
            System.out.println("journal " + t + ": " + j.length() + " chars, hash " + j.hashCode() + ", ends " + j.substring(j.length() - 20));
        }
        long marks = 0;
        synchronized (auditMarks) {
            for (int m : auditMarks) marks += m;
        }
        System.out.println("audit marks: " + auditMarks.size() + " sum " + marks);
    }
}
