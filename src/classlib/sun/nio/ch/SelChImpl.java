package sun.nio.ch;

/** A channel a SelectorImpl can poll. */
interface SelChImpl {
    /** The socket-table descriptor to poll, 0 when there is nothing to poll yet (unbound, unconnected). */
    int selectFd();

    /** The subset of `interest` worth polling in the channel's current state. */
    int selectOps(int interest);
}
