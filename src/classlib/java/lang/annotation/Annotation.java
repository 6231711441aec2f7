package java.lang.annotation;

/** What every annotation interface extends; instances come from reflection (jdk.internal.reflect.AnnotationReader). */
public interface Annotation {
    boolean equals(Object obj);

    int hashCode();

    String toString();

    Class<? extends Annotation> annotationType();
}
