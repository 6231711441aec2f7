/** A small exception hierarchy for a bank ledger: causes, messages, toString, initCause and rethrow as unchecked. */
public class CustomExceptions {
    static class LedgerException extends Exception {
        LedgerException(String message) { super(message); }
        LedgerException(String message, Throwable cause) { super(message, cause); }
    }

    static class InsufficientFunds extends LedgerException {
        final long shortBy;
        InsufficientFunds(long shortBy) {
            super("short by " + shortBy);
            this.shortBy = shortBy;
        }
    }

    static class FrozenAccount extends LedgerException {
        FrozenAccount(String id) { super(null); this.id = id; }
        final String id;
        @Override public String getMessage() { return "account " + id + " is frozen"; }
    }

    static long balance = 100;
    static boolean frozen;

    static void withdraw(long amount) throws LedgerException {
        if (frozen) throw new FrozenAccount("ACC-1");
        if (amount > balance) throw new InsufficientFunds(amount - balance);
        balance -= amount;
    }

    static void transfer(long amount) throws LedgerException {
        try {
            withdraw(amount);
        } catch (InsufficientFunds e) {
            throw new LedgerException("transfer of " + amount + " failed", e);
        }
    }

    public static void main(String[] args) {
        long[] amounts = {30, 50, 40};
        for (long a : amounts) {
            try {
                transfer(a);
                System.out.println("transferred " + a + ", balance " + balance);
            } catch (LedgerException e) {
                System.out.println(e);
                Throwable cause = e.getCause();
                System.out.println("  cause: " + cause + " shortBy=" + ((InsufficientFunds) cause).shortBy);
            }
        }
        frozen = true;
        try {
            transfer(1);
        } catch (LedgerException e) {
            System.out.println(e.getClass().getName() + " / " + e.getMessage() + " / " + e.getLocalizedMessage() + " / cause " + e.getCause());
        }
        RuntimeException plain = new RuntimeException();
        System.out.println("no message: " + plain + " message=" + plain.getMessage());
        RuntimeException wrapped = new RuntimeException(new IllegalArgumentException("root"));
        System.out.println("wrapped: " + wrapped.getMessage() + " | " + wrapped);
        Exception late = new Exception("late");
        late.initCause(new ArithmeticException("origin"));
        System.out.println("initCause: " + late.getCause().getMessage());
        try {
            late.initCause(new RuntimeException());
        } catch (IllegalStateException e) {
            System.out.println("second initCause: " + e.getMessage());
        }
        Throwable root = new Error("level0");
        Throwable chain = root;
        for (int i = 1; i <= 3; i++) chain = new Exception("level" + i, chain);
        int depth = 0;
        for (Throwable t = chain; t != null; t = t.getCause()) {
            System.out.println("  ".repeat(depth++) + t);
        }
        try {
            try {
                withdraw(1);
            } catch (LedgerException e) {
                throw new IllegalStateException(e);
            }
        } catch (IllegalStateException e) {
            System.out.println("unchecked wrapper: " + e.getMessage());
        }
        Throwable t = new Throwable("plain throwable");
        System.out.println(t + " suppressed " + t.getSuppressed().length);
        t.addSuppressed(new Exception("s1"));
        System.out.println("suppressed now " + t.getSuppressed().length + " " + t.getSuppressed()[0].getMessage());
    }
}
