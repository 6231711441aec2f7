package java.lang.annotation;

/** What every annotation interface extends; instances come from reflection (sun.reflect.annotation). */
public interface Annotation {
    boolean equals(Object obj);

    int hashCode();

    String toString();

    Class<? extends Annotation> annotationType();
}
