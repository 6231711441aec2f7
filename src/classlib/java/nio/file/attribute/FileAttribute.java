package java.nio.file.attribute;

/** An attribute to set atomically when creating a file or directory. */
public interface FileAttribute<T> {
    String name();

    T value();
}
