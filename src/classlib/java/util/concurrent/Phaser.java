package java.util.concurrent;

import java.util.ArrayList;

/**
 * A reusable barrier with a varying number of parties, advancing through numbered phases
 * (0, 1, ... Integer.MAX_VALUE, 0, ...). When the last registered party of a phase arrives, the
 * root phaser calls onAdvance and either moves to the next phase or terminates (getPhase() then
 * reports the next phase with the sign bit set).
 *
 * <p>Tern design: all phasers of a tree share the root's monitor, which guards every count and
 * is where waiters wait. A child phaser holds one party in its parent while it has parties;
 * when all its parties arrive it arrives at its parent, and it moves to the next phase when the
 * root advances.
 */
public class Phaser {
    private static final int MAX_PARTIES = 0xffff;
    private static final int MAX_PHASE = Integer.MAX_VALUE;

    private final Phaser parent;
    private final Phaser root;
    /** The tree's monitor (the root's). */
    private final Object lock;
    /** Children registered in this phaser (guarded by lock). */
    private final ArrayList<Phaser> children = new ArrayList<>();

    /** Current phase (a child mirrors the root's). Guarded by lock. */
    private int phase;
    private int parties;
    private int arrived;
    /** Root only. */
    private boolean terminated;
    /** A child whose parties all arrived, waiting for the root to advance. */
    private boolean waitingForParent;

    public Phaser() {
        this(null, 0);
    }

    public Phaser(int parties) {
        this(null, parties);
    }

    public Phaser(Phaser parent) {
        this(parent, 0);
    }

    public Phaser(Phaser parent, int parties) {
        if (parties < 0 || parties > MAX_PARTIES) {
            throw new IllegalArgumentException("Illegal number of parties");
        }
        this.parent = parent;
        if (parent != null) {
            this.root = parent.root;
            this.lock = root.lock;
            synchronized (lock) {
                parent.children.add(this);
                this.phase = root.phase;
                if (parties > 0) {
                    parent.doRegister(1);
                }
            }
        } else {
            this.root = this;
            this.lock = new Object();
        }
        this.parties = parties;
    }

    private String stateString() {
        return super.toString() + "[phase = " + getPhase() + " parties = " + parties + " arrived = " + arrived + "]";
    }

    /** The phase to report: negative (sign bit set) once the tree is terminated. Lock held. */
    private int reportedPhase() {
        return root.terminated ? (root.phase | Integer.MIN_VALUE) : root.phase;
    }

    private int doRegister(int registrations) {
        synchronized (lock) {
            if (root.terminated) {
                return reportedPhase();
            }
            if (parties + registrations > MAX_PARTIES) {
                throw new IllegalStateException("Attempt to register more than " + MAX_PARTIES + " parties for "
                        + stateString());
            }
            if (parent != null && parties == 0 && registrations > 0 && !waitingForParent) {
                parent.doRegister(1);
            }
            parties += registrations;
            return root.phase;
        }
    }

    public int register() {
        return doRegister(1);
    }

    public int bulkRegister(int parties) {
        if (parties < 0) {
            throw new IllegalArgumentException();
        }
        if (parties == 0) {
            return getPhase();
        }
        return doRegister(parties);
    }

    /** Records an arrival (and deregistration); advances when it completes the phase. */
    private int doArrive(boolean deregister) {
        synchronized (lock) {
            if (root.terminated) {
                return reportedPhase();
            }
            if (parties - arrived <= 0 || waitingForParent) {
                throw new IllegalStateException("Attempted arrival of unregistered party for " + stateString());
            }
            int p = root.phase;
            if (deregister) {
                parties--;
            } else {
                arrived++;
            }
            if (arrived == parties) {
                if (parent == null) {
                    advance();
                } else {
                    boolean empty = (parties == 0);
                    if (!empty) {
                        waitingForParent = true;
                    }
                    parent.doArrive(empty);
                }
            }
            return p;
        }
    }

    /** The root completed a phase (lock held): onAdvance, then the next phase or termination. */
    private void advance() {
        int p = phase;
        boolean terminate;
        try {
            terminate = onAdvance(p, parties);
        } catch (RuntimeException | Error ex) {
            terminate = false;
            finishAdvance(p, false);
            throw ex;
        }
        finishAdvance(p, terminate);
    }

    private void finishAdvance(int p, boolean terminate) {
        int next = (p + 1) & MAX_PHASE;
        resetTree(this, next);
        if (terminate) {
            // A terminating advance leaves every party counted as arrived (as the JDK reports).
            terminated = true;
            arrived = parties;
        }
        lock.notifyAll();
    }

    private static void resetTree(Phaser ph, int next) {
        ph.phase = next;
        ph.arrived = 0;
        ph.waitingForParent = false;
        for (Phaser c : ph.children) {
            resetTree(c, next);
        }
    }

    public int arrive() {
        return doArrive(false);
    }

    public int arriveAndDeregister() {
        return doArrive(true);
    }

    public int arriveAndAwaitAdvance() {
        int p = doArrive(false);
        if (p < 0) {
            return p;
        }
        return awaitAdvance(p);
    }

    /** Waits while the phase is {@code phase}; returns the next phase (negative if terminated). */
    private int doAwait(int phase, boolean interruptible, boolean timed, long nanos)
            throws InterruptedException, TimeoutException {
        if (phase < 0) {
            return phase;
        }
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        boolean interrupted = false;
        try {
            synchronized (lock) {
                while (!root.terminated && root.phase == phase) {
                    try {
                        if (timed) {
                            long remaining = deadline - System.nanoTime();
                            if (remaining <= 0L) {
                                throw new TimeoutException();
                            }
                            TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                        } else {
                            lock.wait();
                        }
                    } catch (InterruptedException ie) {
                        if (interruptible) {
                            throw ie;
                        }
                        interrupted = true;
                    }
                }
                return reportedPhase();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public int awaitAdvance(int phase) {
        try {
            return doAwait(phase, false, false, 0L);
        } catch (InterruptedException | TimeoutException impossible) {
            throw new InternalError(impossible);
        }
    }

    public int awaitAdvanceInterruptibly(int phase) throws InterruptedException {
        try {
            return doAwait(phase, true, false, 0L);
        } catch (TimeoutException impossible) {
            throw new InternalError(impossible);
        }
    }

    public int awaitAdvanceInterruptibly(int phase, long timeout, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        return doAwait(phase, true, true, unit.toNanos(timeout));
    }

    public void forceTermination() {
        synchronized (lock) {
            if (!root.terminated) {
                root.terminated = true;
                lock.notifyAll();
            }
        }
    }

    public final int getPhase() {
        synchronized (lock) {
            return reportedPhase();
        }
    }

    public int getRegisteredParties() {
        synchronized (lock) {
            return parties;
        }
    }

    public int getArrivedParties() {
        synchronized (lock) {
            return arrived;
        }
    }

    public int getUnarrivedParties() {
        synchronized (lock) {
            return parties - arrived;
        }
    }

    public Phaser getParent() {
        return parent;
    }

    public Phaser getRoot() {
        return root;
    }

    public boolean isTerminated() {
        synchronized (lock) {
            return root.terminated;
        }
    }

    /** Called by the root when a phase completes; returning true terminates the phaser. */
    protected boolean onAdvance(int phase, int registeredParties) {
        return registeredParties == 0;
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return stateString();
        }
    }
}
