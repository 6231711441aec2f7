package sun.reflect.annotation;

import java.lang.annotation.Annotation;
import java.lang.annotation.AnnotationFormatError;
import java.lang.annotation.Repeatable;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Repeatable annotations: what is directly or indirectly (through a container) present. */
public final class AnnotationSupport {
    private AnnotationSupport() {
    }

    /**
     * The annotations of type {@code annoClass} directly present in {@code annotations} or inside
     * a present container of it; when both, in the order the two appear.
     */
    @SuppressWarnings("unchecked")
    public static <A extends Annotation> A[] getDirectlyAndIndirectlyPresent(Map<Class<? extends Annotation>, Annotation> annotations, Class<A> annoClass) {
        List<A> result = new ArrayList<>();
        A direct = (A) annotations.get(annoClass);
        if (direct != null) result.add(direct);
        A[] indirect = getIndirectlyPresent(annotations, annoClass);
        if (indirect != null && indirect.length != 0) {
            boolean indirectFirst = direct == null || containerBeforeContainee(annotations, annoClass);
            result.addAll(indirectFirst ? 0 : 1, java.util.Arrays.asList(indirect));
        }
        A[] arr = (A[]) Array.newInstance(annoClass, result.size());
        return result.toArray(arr);
    }

    @SuppressWarnings("unchecked")
    private static <A extends Annotation> A[] getIndirectlyPresent(Map<Class<? extends Annotation>, Annotation> annotations, Class<A> annoClass) {
        Repeatable repeatable = annoClass.getDeclaredAnnotation(Repeatable.class);
        if (repeatable == null) return null;
        Class<? extends Annotation> containerClass = repeatable.value();
        Annotation container = annotations.get(containerClass);
        if (container == null) return null;
        try {
            Method value = containerClass.getMethod("value");
            Object values = value.invoke(container);
            if (!(values instanceof Object[]) || !values.getClass().getComponentType().equals(annoClass)) {
                throw new AnnotationFormatError(container + " is an invalid container for repeating annotations of type: " + annoClass);
            }
            return (A[]) values;
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new AnnotationFormatError(container + " is an invalid container for repeating annotations of type: " + annoClass, e);
        } catch (InvocationTargetException e) {
            throw new AnnotationFormatError(container + " is an invalid container for repeating annotations of type: " + annoClass, e.getCause());
        }
    }

    private static boolean containerBeforeContainee(Map<Class<? extends Annotation>, Annotation> annotations, Class<?> annoClass) {
        Class<?> containerClass = annoClass.getDeclaredAnnotation(Repeatable.class).value();
        for (Class<?> c : annotations.keySet()) {
            if (c == containerClass) return true;
            if (c == annoClass) return false;
        }
        return false;
    }
}
