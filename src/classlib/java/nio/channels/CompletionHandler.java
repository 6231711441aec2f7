package java.nio.channels;

/** Consumes the result of an asynchronous I/O operation. */
public interface CompletionHandler<V, A> {
    void completed(V result, A attachment);

    void failed(Throwable exc, A attachment);
}
