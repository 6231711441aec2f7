package java.lang.reflect;

import java.lang.annotation.Annotation;
import java.lang.annotation.AnnotationFormatError;
import java.util.Objects;

/**
 * A program element that may carry run-time-visible annotations. The default methods are the
 * JDK's specified defaults, built on getAnnotation/getAnnotations/getDeclaredAnnotations; the
 * repeatable-annotation rules (directly and indirectly present) are sun.reflect.annotation's.
 */
public interface AnnotatedElement {
    default boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    <T extends Annotation> T getAnnotation(Class<T> annotationClass);

    Annotation[] getAnnotations();

    /** Directly or indirectly present; for a class, inherited when none are and the type is @Inherited. */
    default <T extends Annotation> T[] getAnnotationsByType(Class<T> annotationClass) {
        T[] result = getDeclaredAnnotationsByType(annotationClass);
        if (result.length == 0 && this instanceof Class && annotationClass.isAnnotationPresent(java.lang.annotation.Inherited.class)) {
            Class<?> superClass = ((Class<?>) this).getSuperclass();
            if (superClass != null) result = superClass.getAnnotationsByType(annotationClass);
        }
        return result;
    }

    default <T extends Annotation> T getDeclaredAnnotation(Class<T> annotationClass) {
        Objects.requireNonNull(annotationClass);
        for (Annotation annotation : getDeclaredAnnotations()) {
            if (annotationClass.equals(annotation.annotationType())) return annotationClass.cast(annotation);
        }
        return null;
    }

    default <T extends Annotation> T[] getDeclaredAnnotationsByType(Class<T> annotationClass) {
        Objects.requireNonNull(annotationClass);
        java.util.LinkedHashMap<Class<? extends Annotation>, Annotation> map = new java.util.LinkedHashMap<>();
        for (Annotation a : getDeclaredAnnotations()) {
            if (map.put(a.annotationType(), a) != null) throw new AnnotationFormatError("Duplicate annotation for class: " + a.annotationType() + ": " + a);
        }
        return sun.reflect.annotation.AnnotationSupport.getDirectlyAndIndirectlyPresent(map, annotationClass);
    }

    Annotation[] getDeclaredAnnotations();
}
