package tern.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * The bottom frame of a thread that serves a call from the TypeScript embedding API
 * ({@code Tern.call} in src/api/tern.ts): finds the static method by class, name and descriptor,
 * calls it by reflection and hands the result, or what it threw, to the VM. Because the call is
 * ordinary Java frames, a checkpoint taken while it runs captures it like any other thread, and
 * the restored VM reports its result when it finishes there.
 */
public final class EmbeddedCall {
    private EmbeddedCall() {
    }

    static void run(int id, String className, String name, String descriptor, Object[] args) {
        Object result;
        try {
            result = find(Class.forName(className), name, descriptor).invoke(null, args);
        } catch (InvocationTargetException e) {
            fail(id, e.getCause());
            return;
        } catch (Throwable e) {
            fail(id, e);
            return;
        }
        complete0(id, result, null, null);
    }

    private static Method find(Class<?> c, String name, String descriptor) throws NoSuchMethodException {
        Method found = null;
        for (Method m : c.getDeclaredMethods()) {
            if (!m.getName().equals(name) || !Modifier.isStatic(m.getModifiers())) continue;
            if (descriptor != null ? descriptorOf(m).equals(descriptor) : found == null) {
                found = m;
                if (descriptor != null) break;
            } else if (descriptor == null) {
                throw new NoSuchMethodException(c.getName() + "." + name + " is overloaded: give its descriptor");
            }
        }
        if (found == null) {
            throw new NoSuchMethodException("no static method " + c.getName() + "." + name + (descriptor == null ? "" : descriptor));
        }
        return found;
    }

    private static String descriptorOf(Method m) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) sb.append(p.descriptorString());
        return sb.append(')').append(m.getReturnType().descriptorString()).toString();
    }

    /** Reports what the call threw: the exception and its printed stack trace. */
    private static void fail(int id, Throwable e) {
        StringBuilder trace = new StringBuilder(e.toString()).append('\n');
        for (StackTraceElement el : e.getStackTrace()) {
            // The frames below the called method are this class and reflection: not the caller's business.
            if (el.getClassName().startsWith("java.lang.reflect.")) break;
            trace.append("\tat ").append(el).append('\n');
        }
        for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause()) {
            trace.append("Caused by: ").append(c).append('\n');
        }
        complete0(id, null, e, trace.toString());
    }

    /** VM: the call {@code id} ended with {@code result}, or with {@code error} (printed as {@code trace}). */
    private static native void complete0(int id, Object result, Throwable error, String trace);
}
