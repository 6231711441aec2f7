package java.util.concurrent;

import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Future that may be completed explicitly, and a CompletionStage whose dependent actions run
 * when it completes.
 *
 * <p>Tern design, chosen to reproduce HotSpot's observable behaviour: the result is set once
 * with a compare-and-set (a null value or an exception is wrapped in an AltResult); dependent
 * actions wait in a LIFO stack of Completions, pushed with a compare-and-set. Completing a future
 * pops and fires its stack; a dependent that completes its own future with further dependents
 * hands them back so they run in the same loop (depth first, newest first): with dependents
 * a, b, c (c having d) and e registered in that order, completion runs e, c, d, b, a. Exceptions
 * from a stage are wrapped in CompletionException when they propagate to dependents; join()
 * throws that, get() throws ExecutionException with the underlying cause. Asynchronous actions
 * without an executor run in ForkJoinPool.commonPool() when its parallelism is above 1, else in
 * a new Thread per task (as on the JDK).
 */
public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {
    /** VM-known: casResult reads and writes this field. */
    volatile Object result;
    /** VM-known: casStack reads and writes this field. */
    volatile Completion stack;

    /** A null result, or an exceptional one. */
    static final class AltResult {
        final Throwable ex;

        AltResult(Throwable x) {
            this.ex = x;
        }
    }

    static final AltResult NIL = new AltResult(null);

    private static final boolean USE_COMMON_POOL = ForkJoinPool.getCommonPoolParallelism() > 1;

    private static final Executor ASYNC_POOL = USE_COMMON_POOL ? ForkJoinPool.commonPool()
            : new ThreadPerTaskExecutor();

    /** Runs each task in a new thread (the default when the common pool has parallelism 1). */
    static final class ThreadPerTaskExecutor implements Executor {
        @Override
        public void execute(Runnable r) {
            Objects.requireNonNull(r);
            new Thread(r).start();
        }
    }

    static Executor screenExecutor(Executor e) {
        if (!USE_COMMON_POOL && e == ForkJoinPool.commonPool()) {
            return ASYNC_POOL;
        }
        if (e == null) {
            throw new NullPointerException();
        }
        return e;
    }

    /** VM: atomic compare-and-set of {@code result}. */
    private native boolean casResult(Object cmp, Object val);

    /** VM: atomic compare-and-set of {@code stack}. */
    private native boolean casStack(Completion cmp, Completion val);

    /** VM: atomic compare-and-set of {@code c.next}. */
    static native boolean casNext(Completion c, Completion cmp, Completion val);

    /** VM: atomic compare-and-set of {@code c.claimed} from 0 to 1. */
    static native boolean claim0(Completion c);

    final boolean internalComplete(Object r) {
        return casResult(null, r);
    }

    final boolean tryPushStack(Completion c) {
        Completion h = stack;
        c.next = h;
        return casStack(h, c);
    }

    final void pushStack(Completion c) {
        do {
        } while (!tryPushStack(c));
    }

    // ---- encoding results ----

    final boolean completeNull() {
        return casResult(null, NIL);
    }

    final Object encodeValue(T t) {
        return (t == null) ? NIL : t;
    }

    final boolean completeValue(T t) {
        return casResult(null, (t == null) ? NIL : t);
    }

    static AltResult encodeThrowable(Throwable x) {
        return new AltResult((x instanceof CompletionException) ? x : new CompletionException(x));
    }

    final boolean completeThrowable(Throwable x) {
        return casResult(null, encodeThrowable(x));
    }

    static Object encodeThrowable(Throwable x, Object r) {
        if (!(x instanceof CompletionException)) {
            x = new CompletionException(x);
        } else if (r instanceof AltResult && x == ((AltResult) r).ex) {
            return r;
        }
        return new AltResult(x);
    }

    final boolean completeThrowable(Throwable x, Object r) {
        return casResult(null, encodeThrowable(x, r));
    }

    static Object encodeRelay(Object r) {
        Throwable x;
        if (r instanceof AltResult && (x = ((AltResult) r).ex) != null && !(x instanceof CompletionException)) {
            r = new AltResult(new CompletionException(x));
        }
        return r;
    }

    final boolean completeRelay(Object r) {
        return casResult(null, encodeRelay(r));
    }

    private static Object reportGet(Object r) throws InterruptedException, ExecutionException {
        if (r == null) {
            throw new InterruptedException();
        }
        if (r instanceof AltResult) {
            Throwable x;
            Throwable cause;
            if ((x = ((AltResult) r).ex) == null) {
                return null;
            }
            if (x instanceof CancellationException) {
                throw (CancellationException) x;
            }
            if ((x instanceof CompletionException) && (cause = x.getCause()) != null) {
                x = cause;
            }
            throw new ExecutionException(x);
        }
        return r;
    }

    private static Object reportJoin(Object r) {
        if (r instanceof AltResult) {
            Throwable x;
            if ((x = ((AltResult) r).ex) == null) {
                return null;
            }
            if (x instanceof CancellationException) {
                throw (CancellationException) x;
            }
            if (x instanceof CompletionException) {
                throw (CompletionException) x;
            }
            throw new CompletionException(x);
        }
        return r;
    }

    // ---- completions ----

    static final int SYNC = 0;
    static final int ASYNC = 1;
    static final int NESTED = -1;

    /** A dependent action waiting in a stack. */
    abstract static class Completion implements Runnable {
        /** VM-known: casNext reads and writes this field. */
        volatile Completion next;
        /** VM-known: claim0 reads and writes this field. */
        volatile int claimed;

        /**
         * Fires if triggered; returns a dependent that may need propagation (NESTED mode), or
         * null.
         */
        abstract CompletableFuture<?> tryFire(int mode);

        /** False once fired (so cleanStack may unlink it). */
        abstract boolean isLive();

        @Override
        public final void run() {
            tryFire(ASYNC);
        }
    }

    /** Pops and fires every dependent reachable from this (completed) future. */
    final void postComplete() {
        CompletableFuture<?> f = this;
        Completion h;
        while ((h = f.stack) != null || (f != this && (h = (f = this).stack) != null)) {
            CompletableFuture<?> d;
            Completion t;
            if (f.casStack(h, t = h.next)) {
                if (t != null) {
                    if (f != this) {
                        pushStack(h);
                        continue;
                    }
                    casNext(h, t, null);
                }
                f = (d = h.tryFire(NESTED)) == null ? this : d;
            }
        }
    }

    /** Unlinks dead completions from the stack. */
    final void cleanStack() {
        Completion p = stack;
        for (boolean unlinked = false; ; ) {
            if (p == null) {
                return;
            } else if (p.isLive()) {
                if (unlinked) {
                    return;
                }
                break;
            } else if (casStack(p, p.next)) {
                unlinked = true;
                p = p.next;
            } else {
                p = stack;
            }
        }
        for (Completion q = p.next; q != null; ) {
            Completion s = q.next;
            if (q.isLive()) {
                p = q;
                q = s;
            } else if (casNext(p, q, s)) {
                break;
            } else {
                q = p.next;
            }
        }
    }

    /** A completion with a source, a dependent and an optional executor. */
    abstract static class UniCompletion<T, V> extends Completion {
        Executor executor;
        CompletableFuture<V> dep;
        CompletableFuture<T> src;

        UniCompletion(Executor executor, CompletableFuture<V> dep, CompletableFuture<T> src) {
            this.executor = executor;
            this.dep = dep;
            this.src = src;
        }

        /** True if the action may run now; with an executor, submits this instead (false). */
        final boolean claim() {
            Executor e = executor;
            if (claim0(this)) {
                if (e == null) {
                    return true;
                }
                executor = null;
                e.execute(this);
            }
            return false;
        }

        @Override
        final boolean isLive() {
            return dep != null;
        }
    }

    /** Pushes c, firing it if this completed meanwhile. */
    final void unipush(Completion c) {
        if (c != null) {
            while (!tryPushStack(c)) {
                if (result != null) {
                    c.next = null;
                    break;
                }
            }
            if (result != null) {
                c.tryFire(SYNC);
            }
        }
    }

    /** After a dependent fired: cleans or completes the source, propagates from this. */
    final CompletableFuture<T> postFire(CompletableFuture<?> a, int mode) {
        if (a != null && a.stack != null) {
            Object r;
            if ((r = a.result) == null) {
                a.cleanStack();
            }
            if (mode >= 0 && (r != null || a.result != null)) {
                a.postComplete();
            }
        }
        if (result != null && stack != null) {
            if (mode < 0) {
                return this;
            }
            postComplete();
        }
        return null;
    }

    static final class UniApply<T, V> extends UniCompletion<T, V> {
        Function<? super T, ? extends V> fn;

        UniApply(Executor executor, CompletableFuture<V> dep, CompletableFuture<T> src,
                Function<? super T, ? extends V> fn) {
            super(executor, dep, src);
            this.fn = fn;
        }

        @Override
        @SuppressWarnings("unchecked")
        final CompletableFuture<V> tryFire(int mode) {
            CompletableFuture<V> d;
            CompletableFuture<T> a;
            Object r;
            Throwable x;
            Function<? super T, ? extends V> f;
            if ((a = src) == null || (r = a.result) == null || (d = dep) == null || (f = fn) == null) {
                return null;
            }
            tryComplete:
            if (d.result == null) {
                if (r instanceof AltResult) {
                    if ((x = ((AltResult) r).ex) != null) {
                        d.completeThrowable(x, r);
                        break tryComplete;
                    }
                    r = null;
                }
                try {
                    if (mode <= 0 && !claim()) {
                        return null;
                    }
                    d.completeValue(f.apply((T) r));
                } catch (Throwable ex) {
                    d.completeThrowable(ex);
                }
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    @SuppressWarnings("unchecked")
    private <V> CompletableFuture<V> uniApplyStage(Executor e, Function<? super T, ? extends V> f) {
        if (f == null) {
            throw new NullPointerException();
        }
        Object r;
        if ((r = result) != null) {
            return uniApplyNow(r, e, f);
        }
        CompletableFuture<V> d = newIncompleteFuture();
        unipush(new UniApply<T, V>(e, d, this, f));
        return d;
    }

    @SuppressWarnings("unchecked")
    private <V> CompletableFuture<V> uniApplyNow(Object r, Executor e, Function<? super T, ? extends V> f) {
        Throwable x;
        CompletableFuture<V> d = newIncompleteFuture();
        if (r instanceof AltResult) {
            if ((x = ((AltResult) r).ex) != null) {
                d.result = encodeThrowable(x, r);
                return d;
            }
            r = null;
        }
        try {
            if (e != null) {
                e.execute(new UniApply<T, V>(null, d, this, f));
            } else {
                d.result = d.encodeValue(f.apply((T) r));
            }
        } catch (Throwable ex) {
            d.result = encodeThrowable(ex);
        }
        return d;
    }

    static final class UniAccept<T> extends UniCompletion<T, Void> {
        Consumer<? super T> fn;

        UniAccept(Executor executor, CompletableFuture<Void> dep, CompletableFuture<T> src, Consumer<? super T> fn) {
            super(executor, dep, src);
            this.fn = fn;
        }

        @Override
        @SuppressWarnings("unchecked")
        final CompletableFuture<Void> tryFire(int mode) {
            CompletableFuture<Void> d;
            CompletableFuture<T> a;
            Object r;
            Throwable x;
            Consumer<? super T> f;
            if ((a = src) == null || (r = a.result) == null || (d = dep) == null || (f = fn) == null) {
                return null;
            }
            tryComplete:
            if (d.result == null) {
                if (r instanceof AltResult) {
                    if ((x = ((AltResult) r).ex) != null) {
                        d.completeThrowable(x, r);
                        break tryComplete;
                    }
                    r = null;
                }
                try {
                    if (mode <= 0 && !claim()) {
                        return null;
                    }
                    f.accept((T) r);
                    d.completeNull();
                } catch (Throwable ex) {
                    d.completeThrowable(ex);
                }
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<Void> uniAcceptStage(Executor e, Consumer<? super T> f) {
        if (f == null) {
            throw new NullPointerException();
        }
        Object r;
        if ((r = result) != null) {
            return uniAcceptNow(r, e, f);
        }
        CompletableFuture<Void> d = newIncompleteFuture();
        unipush(new UniAccept<T>(e, d, this, f));
        return d;
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<Void> uniAcceptNow(Object r, Executor e, Consumer<? super T> f) {
        Throwable x;
        CompletableFuture<Void> d = newIncompleteFuture();
        if (r instanceof AltResult) {
            if ((x = ((AltResult) r).ex) != null) {
                d.result = encodeThrowable(x, r);
                return d;
            }
            r = null;
        }
        try {
            if (e != null) {
                e.execute(new UniAccept<T>(null, d, this, f));
            } else {
                f.accept((T) r);
                d.result = NIL;
            }
        } catch (Throwable ex) {
            d.result = encodeThrowable(ex);
        }
        return d;
    }

    static final class UniRun<T> extends UniCompletion<T, Void> {
        Runnable fn;

        UniRun(Executor executor, CompletableFuture<Void> dep, CompletableFuture<T> src, Runnable fn) {
            super(executor, dep, src);
            this.fn = fn;
        }

        @Override
        final CompletableFuture<Void> tryFire(int mode) {
            CompletableFuture<Void> d;
            CompletableFuture<T> a;
            Object r;
            Throwable x;
            Runnable f;
            if ((a = src) == null || (r = a.result) == null || (d = dep) == null || (f = fn) == null) {
                return null;
            }
            if (d.result == null) {
                if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) {
                    d.completeThrowable(x, r);
                } else {
                    try {
                        if (mode <= 0 && !claim()) {
                            return null;
                        }
                        f.run();
                        d.completeNull();
                    } catch (Throwable ex) {
                        d.completeThrowable(ex);
                    }
                }
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    private CompletableFuture<Void> uniRunStage(Executor e, Runnable f) {
        if (f == null) {
            throw new NullPointerException();
        }
        Object r;
        if ((r = result) != null) {
            return uniRunNow(r, e, f);
        }
        CompletableFuture<Void> d = newIncompleteFuture();
        unipush(new UniRun<T>(e, d, this, f));
        return d;
    }

    private CompletableFuture<Void> uniRunNow(Object r, Executor e, Runnable f) {
        Throwable x;
        CompletableFuture<Void> d = newIncompleteFuture();
        if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) {
            d.result = encodeThrowable(x, r);
        } else {
            try {
                if (e != null) {
                    e.execute(new UniRun<T>(null, d, this, f));
                } else {
                    f.run();
                    d.result = NIL;
                }
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    static final class UniWhenComplete<T> extends UniCompletion<T, T> {
        BiConsumer<? super T, ? super Throwable> fn;

        UniWhenComplete(Executor executor, CompletableFuture<T> dep, CompletableFuture<T> src,
                BiConsumer<? super T, ? super Throwable> fn) {
            super(executor, dep, src);
            this.fn = fn;
        }

        @Override
        final CompletableFuture<T> tryFire(int mode) {
            CompletableFuture<T> d;
            CompletableFuture<T> a;
            Object r;
            BiConsumer<? super T, ? super Throwable> f;
            if ((a = src) == null || (r = a.result) == null || (d = dep) == null || (f = fn) == null
                    || !d.uniWhenComplete(r, f, mode > 0 ? null : this)) {
                return null;
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    @SuppressWarnings("unchecked")
    final boolean uniWhenComplete(Object r, BiConsumer<? super T, ? super Throwable> f, UniWhenComplete<T> c) {
        T t;
        Throwable x = null;
        if (result == null) {
            try {
                if (c != null && !c.claim()) {
                    return false;
                }
                if (r instanceof AltResult) {
                    x = ((AltResult) r).ex;
                    t = null;
                } else {
                    t = (T) r;
                }
                f.accept(t, x);
                if (x == null) {
                    internalComplete(r);
                    return true;
                }
            } catch (Throwable ex) {
                if (x == null) {
                    x = ex;
                } else if (x != ex) {
                    x.addSuppressed(ex);
                }
            }
            completeThrowable(x, r);
        }
        return true;
    }

    private CompletableFuture<T> uniWhenCompleteStage(Executor e, BiConsumer<? super T, ? super Throwable> f) {
        if (f == null) {
            throw new NullPointerException();
        }
        CompletableFuture<T> d = newIncompleteFuture();
        Object r;
        if ((r = result) == null) {
            unipush(new UniWhenComplete<T>(e, d, this, f));
        } else if (e == null) {
            d.uniWhenComplete(r, f, null);
        } else {
            try {
                e.execute(new UniWhenComplete<T>(null, d, this, f));
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    static final class UniHandle<T, V> extends UniCompletion<T, V> {
        BiFunction<? super T, Throwable, ? extends V> fn;

        UniHandle(Executor executor, CompletableFuture<V> dep, CompletableFuture<T> src,
                BiFunction<? super T, Throwable, ? extends V> fn) {
            super(executor, dep, src);
            this.fn = fn;
        }

        @Override
        final CompletableFuture<V> tryFire(int mode) {
            CompletableFuture<V> d;
            CompletableFuture<T> a;
            Object r;
            BiFunction<? super T, Throwable, ? extends V> f;
            if ((a = src) == null || (r = a.result) == null || (d = dep) == null || (f = fn) == null
                    || !d.uniHandle(r, f, mode > 0 ? null : this)) {
                return null;
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    @SuppressWarnings("unchecked")
    final <S> boolean uniHandle(Object r, BiFunction<? super S, Throwable, ? extends T> f, UniHandle<S, T> c) {
        S s;
        Throwable x;
        if (result == null) {
            try {
                if (c != null && !c.claim()) {
                    return false;
                }
                if (r instanceof AltResult) {
                    x = ((AltResult) r).ex;
                    s = null;
                } else {
                    x = null;
                    s = (S) r;
                }
                completeValue(f.apply(s, x));
            } catch (Throwable ex) {
                completeThrowable(ex);
            }
        }
        return true;
    }

    private <V> CompletableFuture<V> uniHandleStage(Executor e, BiFunction<? super T, Throwable, ? extends V> f) {
        if (f == null) {
            throw new NullPointerException();
        }
        CompletableFuture<V> d = newIncompleteFuture();
        Object r;
        if ((r = result) == null) {
            unipush(new UniHandle<T, V>(e, d, this, f));
        } else if (e == null) {
            d.uniHandle(r, f, null);
        } else {
            try {
                e.execute(new UniHandle<T, V>(null, d, this, f));
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    static final class UniExceptionally<T> extends UniCompletion<T, T> {
        Function<? super Throwable, ? extends T> fn;

        UniExceptionally(Executor executor, CompletableFuture<T> dep, CompletableFuture<T> src,
                Function<? super Throwable, ? extends T> fn) {
            super(executor, dep, src);
            this.fn = fn;
        }

        @Override
        final CompletableFuture<T> tryFire(int mode) {
            CompletableFuture<T> d;
            CompletableFuture<T> a;
            Object r;
            Function<? super Throwable, ? extends T> f;
            if ((a = src) == null || (r = a.result) == null || (d = dep) == null || (f = fn) == null
                    || !d.uniExceptionally(r, f, mode > 0 ? null : this)) {
                return null;
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    final boolean uniExceptionally(Object r, Function<? super Throwable, ? extends T> f, UniExceptionally<T> c) {
        Throwable x;
        if (result == null) {
            try {
                if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) {
                    if (c != null && !c.claim()) {
                        return false;
                    }
                    completeValue(f.apply(x));
                } else {
                    internalComplete(r);
                }
            } catch (Throwable ex) {
                completeThrowable(ex);
            }
        }
        return true;
    }

    private CompletableFuture<T> uniExceptionallyStage(Executor e, Function<Throwable, ? extends T> f) {
        if (f == null) {
            throw new NullPointerException();
        }
        CompletableFuture<T> d = newIncompleteFuture();
        Object r;
        if ((r = result) == null) {
            unipush(new UniExceptionally<T>(e, d, this, f));
        } else if (e == null) {
            d.uniExceptionally(r, f, null);
        } else {
            try {
                e.execute(new UniExceptionally<T>(null, d, this, f));
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    static final class UniComposeExceptionally<T> extends UniCompletion<T, T> {
        Function<Throwable, ? extends CompletionStage<T>> fn;

        UniComposeExceptionally(Executor executor, CompletableFuture<T> dep, CompletableFuture<T> src,
                Function<Throwable, ? extends CompletionStage<T>> fn) {
            super(executor, dep, src);
            this.fn = fn;
        }

        @Override
        final CompletableFuture<T> tryFire(int mode) {
            CompletableFuture<T> d;
            CompletableFuture<T> a;
            Function<Throwable, ? extends CompletionStage<T>> f;
            Object r;
            Throwable x;
            if ((a = src) == null || (r = a.result) == null || (d = dep) == null || (f = fn) == null) {
                return null;
            }
            if (d.result == null) {
                if ((r instanceof AltResult) && (x = ((AltResult) r).ex) != null) {
                    try {
                        if (mode <= 0 && !claim()) {
                            return null;
                        }
                        CompletableFuture<T> g = f.apply(x).toCompletableFuture();
                        Object s;
                        if ((s = g.result) != null) {
                            d.completeRelay(s);
                        } else {
                            g.unipush(new UniRelay<T, T>(d, g));
                            if (d.result == null) {
                                return null;
                            }
                        }
                    } catch (Throwable ex) {
                        d.completeThrowable(ex);
                    }
                } else {
                    d.internalComplete(r);
                }
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    private CompletableFuture<T> uniComposeExceptionallyStage(Executor e,
            Function<Throwable, ? extends CompletionStage<T>> f) {
        if (f == null) {
            throw new NullPointerException();
        }
        CompletableFuture<T> d = newIncompleteFuture();
        Object r;
        Object s;
        Throwable x;
        if ((r = result) == null) {
            unipush(new UniComposeExceptionally<T>(e, d, this, f));
        } else if (!(r instanceof AltResult) || (x = ((AltResult) r).ex) == null) {
            d.internalComplete(r);
        } else {
            try {
                if (e != null) {
                    e.execute(new UniComposeExceptionally<T>(null, d, this, f));
                } else {
                    CompletableFuture<T> g = f.apply(x).toCompletableFuture();
                    if ((s = g.result) != null) {
                        d.result = encodeRelay(s);
                    } else {
                        g.unipush(new UniRelay<T, T>(d, g));
                    }
                }
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    /** Copies the source's result (exceptions wrapped in CompletionException) to the dependent. */
    static final class UniRelay<U, T extends U> extends UniCompletion<T, U> {
        UniRelay(CompletableFuture<U> dep, CompletableFuture<T> src) {
            super(null, dep, src);
        }

        @Override
        final CompletableFuture<U> tryFire(int mode) {
            CompletableFuture<U> d;
            CompletableFuture<T> a;
            Object r;
            if ((a = src) == null || (r = a.result) == null || (d = dep) == null) {
                return null;
            }
            if (d.result == null) {
                d.completeRelay(r);
            }
            src = null;
            dep = null;
            return d.postFire(a, mode);
        }
    }

    private static <U, T extends U> CompletableFuture<U> uniCopyStage(CompletableFuture<T> src) {
        Object r;
        CompletableFuture<U> d = src.newIncompleteFuture();
        if ((r = src.result) != null) {
            d.result = encodeRelay(r);
        } else {
            src.unipush(new UniRelay<U, T>(d, src));
        }
        return d;
    }

    static final class UniCompose<T, V> extends UniCompletion<T, V> {
        Function<? super T, ? extends CompletionStage<V>> fn;

        UniCompose(Executor executor, CompletableFuture<V> dep, CompletableFuture<T> src,
                Function<? super T, ? extends CompletionStage<V>> fn) {
            super(executor, dep, src);
            this.fn = fn;
        }

        @Override
        @SuppressWarnings("unchecked")
        final CompletableFuture<V> tryFire(int mode) {
            CompletableFuture<V> d;
            CompletableFuture<T> a;
            Function<? super T, ? extends CompletionStage<V>> f;
            Object r;
            Throwable x;
            if ((a = src) == null || (r = a.result) == null || (d = dep) == null || (f = fn) == null) {
                return null;
            }
            tryComplete:
            if (d.result == null) {
                if (r instanceof AltResult) {
                    if ((x = ((AltResult) r).ex) != null) {
                        d.completeThrowable(x, r);
                        break tryComplete;
                    }
                    r = null;
                }
                try {
                    if (mode <= 0 && !claim()) {
                        return null;
                    }
                    CompletableFuture<V> g = f.apply((T) r).toCompletableFuture();
                    Object s;
                    if ((s = g.result) != null) {
                        d.completeRelay(s);
                    } else {
                        g.unipush(new UniRelay<V, V>(d, g));
                        if (d.result == null) {
                            return null;
                        }
                    }
                } catch (Throwable ex) {
                    d.completeThrowable(ex);
                }
            }
            src = null;
            dep = null;
            fn = null;
            return d.postFire(a, mode);
        }
    }

    @SuppressWarnings("unchecked")
    private <V> CompletableFuture<V> uniComposeStage(Executor e, Function<? super T, ? extends CompletionStage<V>> f) {
        if (f == null) {
            throw new NullPointerException();
        }
        CompletableFuture<V> d = newIncompleteFuture();
        Object r;
        Object s;
        Throwable x;
        if ((r = result) == null) {
            unipush(new UniCompose<T, V>(e, d, this, f));
        } else {
            if (r instanceof AltResult) {
                if ((x = ((AltResult) r).ex) != null) {
                    d.result = encodeThrowable(x, r);
                    return d;
                }
                r = null;
            }
            try {
                if (e != null) {
                    e.execute(new UniCompose<T, V>(null, d, this, f));
                } else {
                    CompletableFuture<V> g = f.apply((T) r).toCompletableFuture();
                    if ((s = g.result) != null) {
                        d.result = encodeRelay(s);
                    } else {
                        g.unipush(new UniRelay<V, V>(d, g));
                    }
                }
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    // ---- two-input completions ----

    /** A completion with two sources. */
    abstract static class BiCompletion<T, U, V> extends UniCompletion<T, V> {
        CompletableFuture<U> snd;

        BiCompletion(Executor executor, CompletableFuture<V> dep, CompletableFuture<T> src, CompletableFuture<U> snd) {
            super(executor, dep, src);
            this.snd = snd;
        }
    }

    /** Stands in the second source's stack for a BiCompletion pushed on the first. */
    static final class CoCompletion extends Completion {
        BiCompletion<?, ?, ?> base;

        CoCompletion(BiCompletion<?, ?, ?> base) {
            this.base = base;
        }

        @Override
        final CompletableFuture<?> tryFire(int mode) {
            BiCompletion<?, ?, ?> c;
            CompletableFuture<?> d;
            if ((c = base) == null || (d = c.tryFire(mode)) == null) {
                return null;
            }
            base = null;
            return d;
        }

        @Override
        final boolean isLive() {
            BiCompletion<?, ?, ?> c;
            return (c = base) != null && c.dep != null;
        }
    }

    /** Pushes c on this and (through a CoCompletion) on b, unless either already completed. */
    final void bipush(CompletableFuture<?> b, BiCompletion<?, ?, ?> c) {
        if (c != null) {
            while (result == null) {
                if (tryPushStack(c)) {
                    if (b.result == null) {
                        b.unipush(new CoCompletion(c));
                    } else if (result != null) {
                        c.tryFire(SYNC);
                    }
                    return;
                }
            }
            b.unipush(c);
        }
    }

    final CompletableFuture<T> postFire(CompletableFuture<?> a, CompletableFuture<?> b, int mode) {
        if (b != null && b.stack != null) {
            Object r;
            if ((r = b.result) == null) {
                b.cleanStack();
            }
            if (mode >= 0 && (r != null || b.result != null)) {
                b.postComplete();
            }
        }
        return postFire(a, mode);
    }

    static final class BiApply<T, U, V> extends BiCompletion<T, U, V> {
        BiFunction<? super T, ? super U, ? extends V> fn;

        BiApply(Executor executor, CompletableFuture<V> dep, CompletableFuture<T> src, CompletableFuture<U> snd,
                BiFunction<? super T, ? super U, ? extends V> fn) {
            super(executor, dep, src, snd);
            this.fn = fn;
        }

        @Override
        final CompletableFuture<V> tryFire(int mode) {
            CompletableFuture<V> d;
            CompletableFuture<T> a;
            CompletableFuture<U> b;
            Object r;
            Object s;
            BiFunction<? super T, ? super U, ? extends V> f;
            if ((a = src) == null || (r = a.result) == null || (b = snd) == null || (s = b.result) == null
                    || (d = dep) == null || (f = fn) == null || !d.biApply(r, s, f, mode > 0 ? null : this)) {
                return null;
            }
            src = null;
            snd = null;
            dep = null;
            fn = null;
            return d.postFire(a, b, mode);
        }
    }

    @SuppressWarnings("unchecked")
    final <R, S> boolean biApply(Object r, Object s, BiFunction<? super R, ? super S, ? extends T> f,
            BiApply<R, S, T> c) {
        Throwable x;
        tryComplete:
        if (result == null) {
            if (r instanceof AltResult) {
                if ((x = ((AltResult) r).ex) != null) {
                    completeThrowable(x, r);
                    break tryComplete;
                }
                r = null;
            }
            if (s instanceof AltResult) {
                if ((x = ((AltResult) s).ex) != null) {
                    completeThrowable(x, s);
                    break tryComplete;
                }
                s = null;
            }
            try {
                if (c != null && !c.claim()) {
                    return false;
                }
                completeValue(f.apply((R) r, (S) s));
            } catch (Throwable ex) {
                completeThrowable(ex);
            }
        }
        return true;
    }

    private <U, V> CompletableFuture<V> biApplyStage(Executor e, CompletionStage<U> o,
            BiFunction<? super T, ? super U, ? extends V> f) {
        CompletableFuture<U> b;
        Object r;
        Object s;
        if (f == null || (b = o.toCompletableFuture()) == null) {
            throw new NullPointerException();
        }
        CompletableFuture<V> d = newIncompleteFuture();
        if ((r = result) == null || (s = b.result) == null) {
            bipush(b, new BiApply<T, U, V>(e, d, this, b, f));
        } else if (e == null) {
            d.biApply(r, s, f, null);
        } else {
            try {
                e.execute(new BiApply<T, U, V>(null, d, this, b, f));
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    static final class BiAccept<T, U> extends BiCompletion<T, U, Void> {
        BiConsumer<? super T, ? super U> fn;

        BiAccept(Executor executor, CompletableFuture<Void> dep, CompletableFuture<T> src, CompletableFuture<U> snd,
                BiConsumer<? super T, ? super U> fn) {
            super(executor, dep, src, snd);
            this.fn = fn;
        }

        @Override
        final CompletableFuture<Void> tryFire(int mode) {
            CompletableFuture<Void> d;
            CompletableFuture<T> a;
            CompletableFuture<U> b;
            Object r;
            Object s;
            BiConsumer<? super T, ? super U> f;
            if ((a = src) == null || (r = a.result) == null || (b = snd) == null || (s = b.result) == null
                    || (d = dep) == null || (f = fn) == null || !d.biAccept(r, s, f, mode > 0 ? null : this)) {
                return null;
            }
            src = null;
            snd = null;
            dep = null;
            fn = null;
            return d.postFire(a, b, mode);
        }
    }

    @SuppressWarnings("unchecked")
    final <R, S> boolean biAccept(Object r, Object s, BiConsumer<? super R, ? super S> f, BiAccept<R, S> c) {
        Throwable x;
        tryComplete:
        if (result == null) {
            if (r instanceof AltResult) {
                if ((x = ((AltResult) r).ex) != null) {
                    completeThrowable(x, r);
                    break tryComplete;
                }
                r = null;
            }
            if (s instanceof AltResult) {
                if ((x = ((AltResult) s).ex) != null) {
                    completeThrowable(x, s);
                    break tryComplete;
                }
                s = null;
            }
            try {
                if (c != null && !c.claim()) {
                    return false;
                }
                f.accept((R) r, (S) s);
                completeNull();
            } catch (Throwable ex) {
                completeThrowable(ex);
            }
        }
        return true;
    }

    private <U> CompletableFuture<Void> biAcceptStage(Executor e, CompletionStage<U> o,
            BiConsumer<? super T, ? super U> f) {
        CompletableFuture<U> b;
        Object r;
        Object s;
        if (f == null || (b = o.toCompletableFuture()) == null) {
            throw new NullPointerException();
        }
        CompletableFuture<Void> d = newIncompleteFuture();
        if ((r = result) == null || (s = b.result) == null) {
            bipush(b, new BiAccept<T, U>(e, d, this, b, f));
        } else if (e == null) {
            d.biAccept(r, s, f, null);
        } else {
            try {
                e.execute(new BiAccept<T, U>(null, d, this, b, f));
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    static final class BiRun<T, U> extends BiCompletion<T, U, Void> {
        Runnable fn;

        BiRun(Executor executor, CompletableFuture<Void> dep, CompletableFuture<T> src, CompletableFuture<U> snd,
                Runnable fn) {
            super(executor, dep, src, snd);
            this.fn = fn;
        }

        @Override
        final CompletableFuture<Void> tryFire(int mode) {
            CompletableFuture<Void> d;
            CompletableFuture<T> a;
            CompletableFuture<U> b;
            Object r;
            Object s;
            Runnable f;
            if ((a = src) == null || (r = a.result) == null || (b = snd) == null || (s = b.result) == null
                    || (d = dep) == null || (f = fn) == null || !d.biRun(r, s, f, mode > 0 ? null : this)) {
                return null;
            }
            src = null;
            snd = null;
            dep = null;
            fn = null;
            return d.postFire(a, b, mode);
        }
    }

    final boolean biRun(Object r, Object s, Runnable f, BiRun<?, ?> c) {
        Throwable x;
        Object z;
        if (result == null) {
            if ((r instanceof AltResult && (x = ((AltResult) (z = r)).ex) != null)
                    || (s instanceof AltResult && (x = ((AltResult) (z = s)).ex) != null)) {
                completeThrowable(x, z);
            } else {
                try {
                    if (c != null && !c.claim()) {
                        return false;
                    }
                    f.run();
                    completeNull();
                } catch (Throwable ex) {
                    completeThrowable(ex);
                }
            }
        }
        return true;
    }

    private CompletableFuture<Void> biRunStage(Executor e, CompletionStage<?> o, Runnable f) {
        CompletableFuture<?> b;
        Object r;
        Object s;
        if (f == null || (b = o.toCompletableFuture()) == null) {
            throw new NullPointerException();
        }
        CompletableFuture<Void> d = newIncompleteFuture();
        if ((r = result) == null || (s = b.result) == null) {
            bipush(b, new BiRun<>(e, d, this, b, f));
        } else if (e == null) {
            d.biRun(r, s, f, null);
        } else {
            try {
                e.execute(new BiRun<>(null, d, this, b, f));
            } catch (Throwable ex) {
                d.result = encodeThrowable(ex);
            }
        }
        return d;
    }

    /** Completes the dependent when both sources are done (allOf). */
    static final class BiRelay<T, U> extends BiCompletion<T, U, Void> {
        BiRelay(CompletableFuture<Void> dep, CompletableFuture<T> src, CompletableFuture<U> snd) {
            super(null, dep, src, snd);
        }

        @Override
        final CompletableFuture<Void> tryFire(int mode) {
            CompletableFuture<Void> d;
            CompletableFuture<T> a;
            CompletableFuture<U> b;
            Object r;
            Object s;
            Object z;
            Throwable x;
            if ((a = src) == null || (r = a.result) == null || (b = snd) == null || (s = b.result) == null
                    || (d = dep) == null) {
                return null;
            }
            if (d.result == null) {
                if ((r instanceof AltResult && (x = ((AltResult) (z = r)).ex) != null)
                        || (s instanceof AltResult && (x = ((AltResult) (z = s)).ex) != null)) {
                    d.completeThrowable(x, z);
                } else {
                    d.completeNull();
                }
            }
            src = null;
            snd = null;
            dep = null;
            return d.postFire(a, b, mode);
        }
    }

    /** A balanced tree of BiRelays over cfs[lo..hi]. */
    static CompletableFuture<Void> andTree(CompletableFuture<?>[] cfs, int lo, int hi) {
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        if (lo > hi) {
            d.result = NIL;
        } else {
            CompletableFuture<?> a;
            CompletableFuture<?> b;
            Object r;
            Object s;
            Object z;
            Throwable x;
            int mid = (lo + hi) >>> 1;
            if ((a = (lo == mid ? cfs[lo] : andTree(cfs, lo, mid))) == null
                    || (b = (lo == hi ? a : (hi == mid + 1) ? cfs[hi] : andTree(cfs, mid + 1, hi))) == null) {
                throw new NullPointerException();
            }
            if ((r = a.result) == null || (s = b.result) == null) {
                a.bipush(b, new BiRelay<>(d, a, b));
            } else if ((r instanceof AltResult && (x = ((AltResult) (z = r)).ex) != null)
                    || (s instanceof AltResult && (x = ((AltResult) (z = s)).ex) != null)) {
                d.result = encodeThrowable(x, z);
            } else {
                d.result = NIL;
            }
        }
        return d;
    }

    // ---- either completions ----

    /** Pushes c on this and (through a CoCompletion) on b, firing it if this is done. */
    final void orpush(CompletableFuture<?> b, BiCompletion<?, ?, ?> c) {
        if (c != null) {
            while (!tryPushStack(c)) {
                if (result != null) {
                    c.next = null;
                    break;
                }
            }
            if (result != null) {
                c.tryFire(SYNC);
            } else {
                b.unipush(new CoCompletion(c));
            }
        }
    }

    static final class OrApply<T, U extends T, V> extends BiCompletion<T, U, V> {
        Function<? super T, ? extends V> fn;

        OrApply(Executor executor, CompletableFuture<V> dep, CompletableFuture<T> src, CompletableFuture<U> snd,
                Function<? super T, ? extends V> fn) {
            super(executor, dep, src, snd);
            this.fn = fn;
        }

        @Override
        @SuppressWarnings("unchecked")
        final CompletableFuture<V> tryFire(int mode) {
            CompletableFuture<V> d;
            CompletableFuture<? extends T> a;
            CompletableFuture<? extends T> b;
            Object r;
            Throwable x;
            Function<? super T, ? extends V> f;
            if ((a = src) == null || (b = snd) == null || ((r = a.result) == null && (r = b.result) == null)
                    || (d = dep) == null || (f = fn) == null) {
                return null;
            }
            tryComplete:
            if (d.result == null) {
                try {
                    if (mode <= 0 && !claim()) {
                        return null;
                    }
                    if (r instanceof AltResult) {
                        if ((x = ((AltResult) r).ex) != null) {
                            d.completeThrowable(x, r);
                            break tryComplete;
                        }
                        r = null;
                    }
                    d.completeValue(f.apply((T) r));
                } catch (Throwable ex) {
                    d.completeThrowable(ex);
                }
            }
            src = null;
            snd = null;
            dep = null;
            fn = null;
            return d.postFire(a, b, mode);
        }
    }

    private <U extends T, V> CompletableFuture<V> orApplyStage(Executor e, CompletionStage<U> o,
            Function<? super T, ? extends V> f) {
        CompletableFuture<U> b;
        if (f == null || (b = o.toCompletableFuture()) == null) {
            throw new NullPointerException();
        }
        Object r;
        CompletableFuture<? extends T> z;
        if ((r = (z = this).result) != null || (r = (z = b).result) != null) {
            return ((CompletableFuture<T>) z).uniApplyNow(r, e, f);
        }
        CompletableFuture<V> d = newIncompleteFuture();
        orpush(b, new OrApply<T, U, V>(e, d, this, b, f));
        return d;
    }

    static final class OrAccept<T, U extends T> extends BiCompletion<T, U, Void> {
        Consumer<? super T> fn;

        OrAccept(Executor executor, CompletableFuture<Void> dep, CompletableFuture<T> src, CompletableFuture<U> snd,
                Consumer<? super T> fn) {
            super(executor, dep, src, snd);
            this.fn = fn;
        }

        @Override
        @SuppressWarnings("unchecked")
        final CompletableFuture<Void> tryFire(int mode) {
            CompletableFuture<Void> d;
            CompletableFuture<? extends T> a;
            CompletableFuture<? extends T> b;
            Object r;
            Throwable x;
            Consumer<? super T> f;
            if ((a = src) == null || (b = snd) == null || ((r = a.result) == null && (r = b.result) == null)
                    || (d = dep) == null || (f = fn) == null) {
                return null;
            }
            tryComplete:
            if (d.result == null) {
                try {
                    if (mode <= 0 && !claim()) {
                        return null;
                    }
                    if (r instanceof AltResult) {
                        if ((x = ((AltResult) r).ex) != null) {
                            d.completeThrowable(x, r);
                            break tryComplete;
                        }
                        r = null;
                    }
                    f.accept((T) r);
                    d.completeNull();
                } catch (Throwable ex) {
                    d.completeThrowable(ex);
                }
            }
            src = null;
            snd = null;
            dep = null;
            fn = null;
            return d.postFire(a, b, mode);
        }
    }

    @SuppressWarnings("unchecked")
    private <U extends T> CompletableFuture<Void> orAcceptStage(Executor e, CompletionStage<U> o,
            Consumer<? super T> f) {
        CompletableFuture<U> b;
        if (f == null || (b = o.toCompletableFuture()) == null) {
            throw new NullPointerException();
        }
        Object r;
        CompletableFuture<? extends T> z;
        if ((r = (z = this).result) != null || (r = (z = b).result) != null) {
            return ((CompletableFuture<T>) z).uniAcceptNow(r, e, f);
        }
        CompletableFuture<Void> d = newIncompleteFuture();
        orpush(b, new OrAccept<T, U>(e, d, this, b, f));
        return d;
    }

    static final class OrRun<T, U> extends BiCompletion<T, U, Void> {
        Runnable fn;

        OrRun(Executor executor, CompletableFuture<Void> dep, CompletableFuture<T> src, CompletableFuture<U> snd,
                Runnable fn) {
            super(executor, dep, src, snd);
            this.fn = fn;
        }

        @Override
        final CompletableFuture<Void> tryFire(int mode) {
            CompletableFuture<Void> d;
            CompletableFuture<?> a;
            CompletableFuture<?> b;
            Object r;
            Throwable x;
            Runnable f;
            if ((a = src) == null || (b = snd) == null || ((r = a.result) == null && (r = b.result) == null)
                    || (d = dep) == null || (f = fn) == null) {
                return null;
            }
            if (d.result == null) {
                try {
                    if (mode <= 0 && !claim()) {
                        return null;
                    } else if (r instanceof AltResult && (x = ((AltResult) r).ex) != null) {
                        d.completeThrowable(x, r);
                    } else {
                        f.run();
                        d.completeNull();
                    }
                } catch (Throwable ex) {
                    d.completeThrowable(ex);
                }
            }
            src = null;
            snd = null;
            dep = null;
            fn = null;
            return d.postFire(a, b, mode);
        }
    }

    private CompletableFuture<Void> orRunStage(Executor e, CompletionStage<?> o, Runnable f) {
        CompletableFuture<?> b;
        if (f == null || (b = o.toCompletableFuture()) == null) {
            throw new NullPointerException();
        }
        Object r;
        CompletableFuture<?> z;
        if ((r = (z = this).result) != null || (r = (z = b).result) != null) {
            return z.uniRunNow(r, e, f);
        }
        CompletableFuture<Void> d = newIncompleteFuture();
        orpush(b, new OrRun<>(e, d, this, b, f));
        return d;
    }

    /** Completes the dependent with the first completed source (anyOf). */
    static class AnyOf extends Completion {
        CompletableFuture<Object> dep;
        CompletableFuture<?> src;
        CompletableFuture<?>[] srcs;

        AnyOf(CompletableFuture<Object> dep, CompletableFuture<?> src, CompletableFuture<?>[] srcs) {
            this.dep = dep;
            this.src = src;
            this.srcs = srcs;
        }

        @Override
        final CompletableFuture<Object> tryFire(int mode) {
            CompletableFuture<Object> d;
            CompletableFuture<?> a;
            CompletableFuture<?>[] as;
            Object r;
            if ((d = dep) == null || (a = src) == null || (r = a.result) == null || (as = srcs) == null) {
                return null;
            }
            dep = null;
            src = null;
            srcs = null;
            if (d.completeRelay(r)) {
                for (CompletableFuture<?> b : as) {
                    if (b != a) {
                        b.cleanStack();
                    }
                }
                if (mode < 0) {
                    return d;
                }
                d.postComplete();
            }
            return null;
        }

        @Override
        final boolean isLive() {
            CompletableFuture<Object> d;
            return (d = dep) != null && d.result == null;
        }
    }

    // ---- async tasks ----

    /** Runs a Supplier and completes the dependent with its result. */
    static final class AsyncSupply<T> implements Runnable {
        CompletableFuture<T> dep;
        Supplier<? extends T> fn;

        AsyncSupply(CompletableFuture<T> dep, Supplier<? extends T> fn) {
            this.dep = dep;
            this.fn = fn;
        }

        @Override
        public void run() {
            CompletableFuture<T> d;
            Supplier<? extends T> f;
            if ((d = dep) != null && (f = fn) != null) {
                dep = null;
                fn = null;
                if (d.result == null) {
                    try {
                        d.completeValue(f.get());
                    } catch (Throwable ex) {
                        d.completeThrowable(ex);
                    }
                }
                d.postComplete();
            }
        }
    }

    static <U> CompletableFuture<U> asyncSupplyStage(Executor e, Supplier<U> f) {
        if (f == null) {
            throw new NullPointerException();
        }
        CompletableFuture<U> d = new CompletableFuture<U>();
        e.execute(new AsyncSupply<U>(d, f));
        return d;
    }

    /** Runs a Runnable and completes the dependent with null. */
    static final class AsyncRun implements Runnable {
        CompletableFuture<Void> dep;
        Runnable fn;

        AsyncRun(CompletableFuture<Void> dep, Runnable fn) {
            this.dep = dep;
            this.fn = fn;
        }

        @Override
        public void run() {
            CompletableFuture<Void> d;
            Runnable f;
            if ((d = dep) != null && (f = fn) != null) {
                dep = null;
                fn = null;
                if (d.result == null) {
                    try {
                        f.run();
                        d.completeNull();
                    } catch (Throwable ex) {
                        d.completeThrowable(ex);
                    }
                }
                d.postComplete();
            }
        }
    }

    static CompletableFuture<Void> asyncRunStage(Executor e, Runnable f) {
        if (f == null) {
            throw new NullPointerException();
        }
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        e.execute(new AsyncRun(d, f));
        return d;
    }

    // ---- waiting ----

    /** Wakes a thread waiting in get/join (pushed on the stack like any dependent). */
    static final class Signaller extends Completion {
        long nanos;
        final long deadline;
        final boolean interruptible;
        boolean interrupted;
        volatile Thread thread;

        Signaller(boolean interruptible, long nanos, long deadline) {
            this.thread = Thread.currentThread();
            this.interruptible = interruptible;
            this.nanos = nanos;
            this.deadline = deadline;
        }

        @Override
        final CompletableFuture<?> tryFire(int ignore) {
            Thread w;
            if ((w = thread) != null) {
                thread = null;
                LockSupport.unpark(w);
            }
            return null;
        }

        boolean isReleasable() {
            if (Thread.interrupted()) {
                interrupted = true;
            }
            return ((interrupted && interruptible)
                    || (deadline != 0L && (nanos <= 0L || (nanos = deadline - System.nanoTime()) <= 0L))
                    || thread == null);
        }

        void block() {
            while (!isReleasable()) {
                if (deadline == 0L) {
                    LockSupport.park(this);
                } else {
                    LockSupport.parkNanos(this, nanos);
                }
            }
        }

        @Override
        final boolean isLive() {
            return thread != null;
        }
    }

    private Object waitingGet(boolean interruptible) {
        if (interruptible && Thread.interrupted()) {
            return null;
        }
        Signaller q = null;
        boolean queued = false;
        Object r;
        while ((r = result) == null) {
            if (q == null) {
                q = new Signaller(interruptible, 0L, 0L);
            } else if (!queued) {
                queued = tryPushStack(q);
            } else if (interruptible && q.interrupted) {
                q.thread = null;
                cleanStack();
                return null;
            } else {
                q.block();
            }
        }
        if (q != null) {
            q.thread = null;
            if (q.interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        postComplete();
        return r;
    }

    private Object timedGet(long nanos) throws TimeoutException {
        long d = System.nanoTime() + nanos;
        long deadline = (d == 0L) ? 1L : d;
        boolean interrupted = false;
        boolean queued = false;
        Signaller q = null;
        Object r = null;
        for (;;) {
            if (interrupted || (r = result) != null) {
                break;
            } else if (nanos <= 0L) {
                break;
            } else if (q == null) {
                q = new Signaller(true, nanos, deadline);
            } else if (!queued) {
                queued = tryPushStack(q);
            } else {
                q.block();
                interrupted = q.interrupted;
                nanos = q.nanos;
                if (result == null && !interrupted && nanos <= 0L) {
                    break;
                }
            }
        }
        if (q != null) {
            q.thread = null;
            if (r == null) {
                cleanStack();
            }
        }
        if (r != null) {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            postComplete();
            return r;
        }
        if (interrupted) {
            return null;
        }
        throw new TimeoutException();
    }

    // ---- public API ----

    public CompletableFuture() {
    }

    CompletableFuture(Object r) {
        this.result = r;
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return asyncSupplyStage(ASYNC_POOL, supplier);
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        return asyncSupplyStage(screenExecutor(executor), supplier);
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable) {
        return asyncRunStage(ASYNC_POOL, runnable);
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {
        return asyncRunStage(screenExecutor(executor), runnable);
    }

    public static <U> CompletableFuture<U> completedFuture(U value) {
        return new CompletableFuture<U>((value == null) ? NIL : value);
    }

    @Override
    public boolean isDone() {
        return result != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get() throws InterruptedException, ExecutionException {
        Object r;
        if ((r = result) == null) {
            r = waitingGet(true);
        }
        return (T) reportGet(r);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        Object r;
        if ((r = result) == null) {
            r = timedGet(nanos);
        }
        return (T) reportGet(r);
    }

    @SuppressWarnings("unchecked")
    public T join() {
        Object r;
        if ((r = result) == null) {
            r = waitingGet(false);
        }
        return (T) reportJoin(r);
    }

    @SuppressWarnings("unchecked")
    public T getNow(T valueIfAbsent) {
        Object r;
        return ((r = result) == null) ? valueIfAbsent : (T) reportJoin(r);
    }

    public boolean complete(T value) {
        boolean triggered = completeValue(value);
        postComplete();
        return triggered;
    }

    public boolean completeExceptionally(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        boolean triggered = internalComplete(new AltResult(ex));
        postComplete();
        return triggered;
    }

    @Override
    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return uniApplyStage(null, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        return uniApplyStage(defaultExecutor(), fn);
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) {
        return uniApplyStage(screenExecutor(executor), fn);
    }

    @Override
    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        return uniAcceptStage(null, action);
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
        return uniAcceptStage(defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) {
        return uniAcceptStage(screenExecutor(executor), action);
    }

    @Override
    public CompletableFuture<Void> thenRun(Runnable action) {
        return uniRunStage(null, action);
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action) {
        return uniRunStage(defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) {
        return uniRunStage(screenExecutor(executor), action);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApplyStage(null, other, fn);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApplyStage(defaultExecutor(), other, fn);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn, Executor executor) {
        return biApplyStage(screenExecutor(executor), other, fn);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return biAcceptStage(null, other, action);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return biAcceptStage(defaultExecutor(), other, action);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action, Executor executor) {
        return biAcceptStage(screenExecutor(executor), other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
        return biRunStage(null, other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action) {
        return biRunStage(defaultExecutor(), other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return biRunStage(screenExecutor(executor), other, action);
    }

    @Override
    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return orApplyStage(null, other, fn);
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other,
            Function<? super T, U> fn) {
        return orApplyStage(defaultExecutor(), other, fn);
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn,
            Executor executor) {
        return orApplyStage(screenExecutor(executor), other, fn);
    }

    @Override
    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return orAcceptStage(null, other, action);
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other,
            Consumer<? super T> action) {
        return orAcceptStage(defaultExecutor(), other, action);
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action,
            Executor executor) {
        return orAcceptStage(screenExecutor(executor), other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
        return orRunStage(null, other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
        return orRunStage(defaultExecutor(), other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action,
            Executor executor) {
        return orRunStage(screenExecutor(executor), other, action);
    }

    @Override
    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniComposeStage(null, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniComposeStage(defaultExecutor(), fn);
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn,
            Executor executor) {
        return uniComposeStage(screenExecutor(executor), fn);
    }

    @Override
    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        return uniWhenCompleteStage(null, action);
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) {
        return uniWhenCompleteStage(defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action,
            Executor executor) {
        return uniWhenCompleteStage(screenExecutor(executor), action);
    }

    @Override
    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniHandleStage(null, fn);
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniHandleStage(defaultExecutor(), fn);
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn,
            Executor executor) {
        return uniHandleStage(screenExecutor(executor), fn);
    }

    @Override
    public CompletableFuture<T> toCompletableFuture() {
        return this;
    }

    @Override
    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        return uniExceptionallyStage(null, fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn) {
        return uniExceptionallyStage(defaultExecutor(), fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn, Executor executor) {
        return uniExceptionallyStage(screenExecutor(executor), fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyCompose(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return uniComposeExceptionallyStage(null, fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyComposeAsync(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return uniComposeExceptionallyStage(defaultExecutor(), fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyComposeAsync(Function<Throwable, ? extends CompletionStage<T>> fn,
            Executor executor) {
        return uniComposeExceptionallyStage(screenExecutor(executor), fn);
    }

    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        return andTree(cfs, 0, cfs.length - 1);
    }

    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        int n;
        Object r;
        if ((n = cfs.length) <= 1) {
            return (n == 0) ? new CompletableFuture<Object>() : uniCopyStage(cfs[0]);
        }
        for (CompletableFuture<?> cf : cfs) {
            if ((r = cf.result) != null) {
                return new CompletableFuture<Object>(encodeRelay(r));
            }
        }
        cfs = cfs.clone();
        CompletableFuture<Object> d = new CompletableFuture<>();
        for (CompletableFuture<?> cf : cfs) {
            cf.unipush(new AnyOf(d, cf, cfs));
        }
        if (d.result != null) {
            for (int i = 0, len = cfs.length; i < len; i++) {
                if (cfs[i].result != null) {
                    for (i++; i < len; i++) {
                        if (cfs[i].result == null) {
                            cfs[i].cleanStack();
                        }
                    }
                }
            }
        }
        return d;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = (result == null) && internalComplete(new AltResult(new CancellationException()));
        postComplete();
        return cancelled || isCancelled();
    }

    @Override
    public boolean isCancelled() {
        Object r;
        return ((r = result) instanceof AltResult) && (((AltResult) r).ex instanceof CancellationException);
    }

    public boolean isCompletedExceptionally() {
        Object r;
        return ((r = result) instanceof AltResult) && r != NIL;
    }

    public void obtrudeValue(T value) {
        result = (value == null) ? NIL : value;
        postComplete();
    }

    public void obtrudeException(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        result = new AltResult(ex);
        postComplete();
    }

    public int getNumberOfDependents() {
        int count = 0;
        for (Completion p = stack; p != null; p = p.next) {
            ++count;
        }
        return count;
    }

    @Override
    public String toString() {
        Object r = result;
        int count = 0;
        for (Completion p = stack; p != null; p = p.next) {
            ++count;
        }
        return super.toString()
                + ((r == null)
                        ? ((count == 0) ? "[Not completed]" : "[Not completed, " + count + " dependents]")
                        : (((r instanceof AltResult) && ((AltResult) r).ex != null)
                                ? "[Completed exceptionally: " + ((AltResult) r).ex + "]"
                                : "[Completed normally]"));
    }

    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<U>();
    }

    public Executor defaultExecutor() {
        return ASYNC_POOL;
    }

    public CompletableFuture<T> copy() {
        return uniCopyStage(this);
    }

    public CompletionStage<T> minimalCompletionStage() {
        return uniAsMinimalStage();
    }

    private MinimalStage<T> uniAsMinimalStage() {
        Object r;
        if ((r = result) != null) {
            return new MinimalStage<T>(encodeRelay(r));
        }
        MinimalStage<T> d = new MinimalStage<T>();
        unipush(new UniRelay<T, T>(d, this));
        return d;
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
        if (supplier == null || executor == null) {
            throw new NullPointerException();
        }
        executor.execute(new AsyncSupply<T>(this, supplier));
        return this;
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
        return completeAsync(supplier, defaultExecutor());
    }

    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (result == null) {
            whenComplete(new Canceller(Delayer.delay(new Timeout(this), timeout, unit)));
        }
        return this;
    }

    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (result == null) {
            whenComplete(new Canceller(Delayer.delay(new DelayedCompleter<T>(this, value), timeout, unit)));
        }
        return this;
    }

    public static Executor delayedExecutor(long delay, TimeUnit unit, Executor executor) {
        if (unit == null || executor == null) {
            throw new NullPointerException();
        }
        return new DelayedExecutor(delay, unit, executor);
    }

    public static Executor delayedExecutor(long delay, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        return new DelayedExecutor(delay, unit, ASYNC_POOL);
    }

    public static <U> CompletionStage<U> completedStage(U value) {
        return new MinimalStage<U>((value == null) ? NIL : value);
    }

    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        return new CompletableFuture<U>(new AltResult(ex));
    }

    public static <U> CompletionStage<U> failedStage(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        return new MinimalStage<U>(new AltResult(ex));
    }

    /** The single daemon thread ("CompletableFutureDelayScheduler") behind timeouts and delays. */
    static final class Delayer {
        static ScheduledFuture<?> delay(Runnable command, long delay, TimeUnit unit) {
            return delayer.schedule(command, delay, unit);
        }

        static final class DaemonThreadFactory implements ThreadFactory {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r);
                t.setDaemon(true);
                t.setName("CompletableFutureDelayScheduler");
                return t;
            }
        }

        static final ScheduledThreadPoolExecutor delayer;

        static {
            delayer = new ScheduledThreadPoolExecutor(1, new DaemonThreadFactory());
            delayer.setRemoveOnCancelPolicy(true);
        }
    }

    /** Submits a task to an executor after a delay. */
    static final class DelayedExecutor implements Executor {
        final long delay;
        final TimeUnit unit;
        final Executor executor;

        DelayedExecutor(long delay, TimeUnit unit, Executor executor) {
            this.delay = delay;
            this.unit = unit;
            this.executor = executor;
        }

        @Override
        public void execute(Runnable r) {
            Delayer.delay(new TaskSubmitter(executor, r), delay, unit);
        }
    }

    static final class TaskSubmitter implements Runnable {
        final Executor executor;
        final Runnable action;

        TaskSubmitter(Executor executor, Runnable action) {
            this.executor = executor;
            this.action = action;
        }

        @Override
        public void run() {
            executor.execute(action);
        }
    }

    /** Completes a future with TimeoutException (orTimeout). */
    static final class Timeout implements Runnable {
        final CompletableFuture<?> f;

        Timeout(CompletableFuture<?> f) {
            this.f = f;
        }

        @Override
        public void run() {
            if (f != null && !f.isDone()) {
                f.completeExceptionally(new TimeoutException());
            }
        }
    }

    /** Completes a future with a value (completeOnTimeout). */
    static final class DelayedCompleter<U> implements Runnable {
        final CompletableFuture<U> f;
        final U u;

        DelayedCompleter(CompletableFuture<U> f, U u) {
            this.f = f;
            this.u = u;
        }

        @Override
        public void run() {
            if (f != null) {
                f.complete(u);
            }
        }
    }

    /** Cancels the pending timeout once the future completes normally. */
    static final class Canceller implements BiConsumer<Object, Throwable> {
        final Future<?> f;

        Canceller(Future<?> f) {
            this.f = f;
        }

        @Override
        public void accept(Object ignore, Throwable ex) {
            if (ex == null && f != null && !f.isDone()) {
                f.cancel(false);
            }
        }
    }

    /** A CompletionStage exposing only the CompletionStage methods. */
    static final class MinimalStage<T> extends CompletableFuture<T> {
        MinimalStage() {
        }

        MinimalStage(Object r) {
            super(r);
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new MinimalStage<U>();
        }

        @Override
        public T get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public T get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public T getNow(T valueIfAbsent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public T join() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean complete(T value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean completeExceptionally(Throwable ex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void obtrudeValue(T value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void obtrudeException(Throwable ex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isDone() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isCancelled() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isCompletedExceptionally() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getNumberOfDependents() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> toCompletableFuture() {
            Object r;
            if ((r = result) != null) {
                return new CompletableFuture<T>(encodeRelay(r));
            }
            CompletableFuture<T> d = new CompletableFuture<>();
            unipush(new UniRelay<T, T>(d, this));
            return d;
        }
    }
}
