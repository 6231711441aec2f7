package sun.reflect.annotation;

import java.lang.annotation.Annotation;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import jdk.internal.reflect.AnnotationReader;

/**
 * What reflection needs to know about an annotation interface: its members (name, type, method),
 * their defaults, its retention and whether it is @Inherited. The defaults map is a HashMap filled
 * in declaration order, as the JDK's is, because an annotation's toString lists the defaulted
 * members first in that map's iteration order.
 */
public final class AnnotationType {
    private static final Map<Class<?>, AnnotationType> CACHE = new HashMap<>();

    private final Map<String, Class<?>> memberTypes;
    private final Map<String, Object> memberDefaults;
    private final Map<String, Method> members;
    private final RetentionPolicy retention;
    private final boolean inherited;

    /** The description of {@code annotationClass}; IllegalArgumentException when it is not an annotation interface. */
    public static AnnotationType getInstance(Class<? extends Annotation> annotationClass) {
        synchronized (CACHE) {
            AnnotationType t = CACHE.get(annotationClass);
            if (t == null) {
                t = new AnnotationType(annotationClass);
                CACHE.put(annotationClass, t);
            }
            return t;
        }
    }

    private AnnotationType(Class<? extends Annotation> annotationClass) {
        if (!annotationClass.isAnnotation()) throw new IllegalArgumentException("Not an annotation type");
        Method[] methods = annotationClass.getDeclaredMethods();
        memberTypes = new HashMap<>(methods.length + 1, 1.0f);
        memberDefaults = new HashMap<>(0);
        members = new HashMap<>(methods.length + 1, 1.0f);
        for (Method method : methods) {
            if (Modifier.isPublic(method.getModifiers()) && Modifier.isAbstract(method.getModifiers()) && !method.isSynthetic()) {
                if (method.getParameterCount() != 0) throw new IllegalArgumentException(method + " has params");
                String name = method.getName();
                memberTypes.put(name, method.getReturnType());
                members.put(name, method);
                Object defaultValue = method.getDefaultValue();
                if (defaultValue != null) memberDefaults.put(name, defaultValue);
            }
        }
        if (annotationClass != Retention.class && annotationClass != Inherited.class) {
            Map<Class<? extends Annotation>, Annotation> meta = AnnotationReader.parseSelectAnnotations(
                    AnnotationReader.rawAnnotations0(annotationClass, AnnotationReader.CLASS, null, null), annotationClass, Retention.class, Inherited.class);
            Retention r = (Retention) meta.get(Retention.class);
            retention = r == null ? RetentionPolicy.CLASS : r.value();
            inherited = meta.containsKey(Inherited.class);
        } else {
            retention = RetentionPolicy.RUNTIME;
            inherited = false;
        }
    }

    /** Member name to its return type. */
    public Map<String, Class<?>> memberTypes() {
        return memberTypes;
    }

    /** Member name to its default value, for the members that have one. */
    public Map<String, Object> memberDefaults() {
        return memberDefaults;
    }

    /** Member name to its method. */
    public Map<String, Method> members() {
        return members;
    }

    public RetentionPolicy retention() {
        return retention;
    }

    public boolean isInherited() {
        return inherited;
    }
}
