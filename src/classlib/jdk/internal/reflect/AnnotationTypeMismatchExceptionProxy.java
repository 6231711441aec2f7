package jdk.internal.reflect;

import java.lang.annotation.AnnotationTypeMismatchException;
import java.lang.reflect.Method;

/** A value whose type does not match its member's (the annotation type changed since compilation). */
final class AnnotationTypeMismatchExceptionProxy extends ExceptionProxy {
    private static final long serialVersionUID = 7844069490309503934L;

    private transient Method member;
    private final String foundType;

    AnnotationTypeMismatchExceptionProxy(String foundType) {
        this.foundType = foundType;
    }

    AnnotationTypeMismatchExceptionProxy setMember(Method member) {
        this.member = member;
        return this;
    }

    @Override
    protected RuntimeException generateException() {
        return new AnnotationTypeMismatchException(member, foundType);
    }

    @Override
    public String toString() {
        return "/* Warning type mismatch! \"" + foundType + "\" */";
    }
}
