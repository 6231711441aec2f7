package java.lang.annotation;

/** How long annotations of a type are kept: source only, class file, or visible at run time. */
public enum RetentionPolicy {
    SOURCE,
    CLASS,
    RUNTIME
}
