package jdk.internal.reflect;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Objects;
import sun.reflect.annotation.AnnotationSupport;

/**
 * The annotation accessors of Class, Field, Method, Constructor and RecordComponent, over an
 * element's annotations by type (a map in attribute order, which each element parses once and
 * keeps): one implementation of getAnnotation, getAnnotationsByType and getAnnotations and their
 * getDeclared forms.
 */
public final class DeclaredAnnotations {
    private DeclaredAnnotations() {
    }

    /**
     * The RuntimeVisibleAnnotations of an element of c by type: kind is AnnotationReader.CLASS,
     * FIELD, METHOD or RECORD_COMPONENT, with the element's name and descriptor as
     * AnnotationReader.rawAnnotations0 takes them.
     */
    public static Map<Class<? extends Annotation>, Annotation> parse(Class<?> c, int kind, String name, String descriptor) {
        return AnnotationReader.parseAnnotations(AnnotationReader.rawAnnotations0(c, kind, name, descriptor), c);
    }

    /** getAnnotation / getDeclaredAnnotation: the annotation of type annotationClass, or null. */
    public static <A extends Annotation> A get(Map<Class<? extends Annotation>, Annotation> annotations, Class<A> annotationClass) {
        Objects.requireNonNull(annotationClass);
        return annotationClass.cast(annotations.get(annotationClass));
    }

    /** getAnnotationsByType / getDeclaredAnnotationsByType: those directly or indirectly (in a container) present. */
    public static <A extends Annotation> A[] byType(Map<Class<? extends Annotation>, Annotation> annotations, Class<A> annotationClass) {
        Objects.requireNonNull(annotationClass);
        return AnnotationSupport.getDirectlyAndIndirectlyPresent(annotations, annotationClass);
    }

    /** getAnnotations / getDeclaredAnnotations: a fresh array, in attribute order. */
    public static Annotation[] toArray(Map<Class<? extends Annotation>, Annotation> annotations) {
        return annotations.values().toArray(new Annotation[0]);
    }
}
