package java.io;

/** Marks classes whose instances may be serialized (Tern has no object streams yet). */
public interface Serializable {
}
