package sun.nio.ch;

import java.io.IOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.AbstractSelectableChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tern's selector (docs/sockets.md "Selectors"). The key sets are Java objects (so a checkpoint
 * holds them in the heap); a selection hands the descriptors and interest sets of the valid keys
 * to NioIo.poll0, which parks only the calling thread until the host reports one ready, the
 * timeout passes, wakeup() is called or the thread is interrupted. Registrations and interest
 * changes made while a thread selects take effect at the next selection, as in JDK 11+. Both key
 * sets iterate in registration order (the JDK's order is unspecified).
 */
final class SelectorImpl extends AbstractSelector {
    private static int lastId;

    /** Names this selector to wakeup0 (unique in the VM, and across a restore: it is a static). */
    private final int id;
    private final Set<SelectionKey> keys = new LinkedHashSet<>();
    private final Set<SelectionKey> publicKeys = Collections.unmodifiableSet(keys);
    private final Set<SelectionKey> selected = new LinkedHashSet<>();
    private final Set<SelectionKey> publicSelected = new Ungrowable(selected);
    /** wakeup[0] != 0: a wakeup is pending; read by poll0 itself, so none is lost. */
    private final int[] wakeup = new int[1];
    private final Object selectLock = new Object();
    private final Object wakeupLock = new Object();

    SelectorImpl(SelectorProvider provider) {
        super(provider);
        synchronized (SelectorImpl.class) {
            id = ++lastId;
        }
    }

    private void ensureOpen() {
        if (!isOpen()) {
            throw new ClosedSelectorException();
        }
    }

    @Override
    public Set<SelectionKey> keys() {
        ensureOpen();
        return publicKeys;
    }

    @Override
    public Set<SelectionKey> selectedKeys() {
        ensureOpen();
        return publicSelected;
    }

    @Override
    protected SelectionKey register(AbstractSelectableChannel ch, int ops, Object att) {
        if (!(ch instanceof SelChImpl)) {
            throw new java.nio.channels.IllegalSelectorException();
        }
        SelectionKeyImpl k = new SelectionKeyImpl(ch, this);
        k.attach(att);
        synchronized (keys) {
            ensureOpen();
            k.interestOps(ops);
            keys.add(k);
        }
        return k;
    }

    @Override
    public int selectNow() throws IOException {
        return select(0, true, null);
    }

    @Override
    public int select(long timeout) throws IOException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout");
        }
        return select(timeout == 0 ? -1 : timeout, false, null);
    }

    @Override
    public int select() throws IOException {
        return select(-1, false, null);
    }

    @Override
    public int select(Consumer<SelectionKey> action, long timeout) throws IOException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout");
        }
        return select(timeout == 0 ? -1 : timeout, false, Objects.requireNonNull(action));
    }

    @Override
    public int select(Consumer<SelectionKey> action) throws IOException {
        return select(action, 0);
    }

    @Override
    public int selectNow(Consumer<SelectionKey> action) throws IOException {
        return select(0, true, Objects.requireNonNull(action));
    }

    /**
     * One selection: timeout in ms, -1 forever; now: selectNow (also clears a pending wakeup);
     * action: hand each ready key to it (its ready set replaced) instead of the selected-key set.
     */
    private int select(long timeout, boolean now, Consumer<SelectionKey> action) throws IOException {
        synchronized (selectLock) {
            ensureOpen();
            if (now) {
                synchronized (wakeupLock) {
                    wakeup[0] = 0;
                }
            }
            processCancelled();
            SelectionKeyImpl[] polled;
            int[] fds;
            int[] ops;
            int n = 0;
            synchronized (keys) {
                polled = new SelectionKeyImpl[keys.size()];
                fds = new int[polled.length];
                ops = new int[polled.length];
                for (SelectionKey key : keys) {
                    SelectionKeyImpl k = (SelectionKeyImpl) key;
                    if (!k.isValid()) {
                        continue;
                    }
                    SelChImpl ch = (SelChImpl) k.channel();
                    int fd = ch.selectFd();
                    int interest = ch.selectOps(k.rawInterestOps());
                    if (fd == 0 || interest == 0) {
                        continue;
                    }
                    polled[n] = k;
                    fds[n] = fd;
                    ops[n] = interest;
                    n++;
                }
            }
            int[] ready = new int[n];
            int ms = timeout < 0 ? -1 : (int) Math.min(timeout, Integer.MAX_VALUE);
            NioIo.poll0(fds, ops, ready, n, wakeup, id, ms);
            synchronized (wakeupLock) {
                wakeup[0] = 0;
            }
            if (!isOpen()) {
                return 0; // closed by another thread while this one selected: woken as by wakeup()
            }
            processCancelled();
            int updated = 0;
            for (int i = 0; i < n; i++) {
                SelectionKeyImpl k = polled[i];
                int r = ready[i] & k.rawInterestOps();
                if (r == 0 || !k.isValid()) {
                    continue;
                }
                if (action != null) {
                    k.setReadyOps(r);
                    action.accept(k);
                    updated++;
                } else if (selected.contains(k)) {
                    if ((k.rawReadyOps() | r) != k.rawReadyOps()) {
                        k.setReadyOps(k.rawReadyOps() | r);
                        updated++;
                    }
                } else {
                    k.setReadyOps(r);
                    selected.add(k);
                    updated++;
                }
            }
            processCancelled();
            return updated;
        }
    }

    /** Deregisters the cancelled keys: they leave both key sets and their channels. */
    private void processCancelled() {
        Set<SelectionKey> cancelled = cancelledKeys();
        SelectionKey[] done;
        synchronized (cancelled) {
            if (cancelled.isEmpty()) {
                return;
            }
            done = cancelled.toArray(new SelectionKey[0]);
            cancelled.clear();
        }
        for (SelectionKey k : done) {
            synchronized (keys) {
                keys.remove(k);
            }
            selected.remove(k);
            deregister((SelectionKeyImpl) k);
        }
    }

    @Override
    public Selector wakeup() {
        synchronized (wakeupLock) {
            if (wakeup[0] == 0) {
                wakeup[0] = 1;
                NioIo.wakeup0(id);
            }
        }
        return this;
    }

    @Override
    protected void implCloseSelector() throws IOException {
        wakeup();
        synchronized (selectLock) {
            SelectionKey[] all;
            synchronized (keys) {
                all = keys.toArray(new SelectionKey[0]);
                keys.clear();
            }
            synchronized (cancelledKeys()) {
                cancelledKeys().clear();
            }
            selected.clear();
            for (SelectionKey k : all) {
                deregister((SelectionKeyImpl) k);
            }
        }
    }

    /** The selected-key set as the program sees it: removal allowed, addition not. */
    private static final class Ungrowable extends AbstractSet<SelectionKey> {
        private final Set<SelectionKey> set;

        Ungrowable(Set<SelectionKey> set) {
            this.set = set;
        }

        @Override
        public int size() {
            return set.size();
        }

        @Override
        public boolean contains(Object o) {
            return set.contains(o);
        }

        @Override
        public boolean remove(Object o) {
            return set.remove(o);
        }

        @Override
        public void clear() {
            set.clear();
        }

        @Override
        public Iterator<SelectionKey> iterator() {
            return set.iterator();
        }

        @Override
        public boolean add(SelectionKey k) {
            throw new UnsupportedOperationException();
        }
    }
}
