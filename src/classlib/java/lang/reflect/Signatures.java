package java.lang.reflect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Generic signatures (JVMS 4.7.9.1) turned into {@link Type}s: Field.getGenericType,
 * Class.getTypeParameters/getGenericSuperclass/getGenericInterfaces and the generic types of
 * methods and constructors. Classes named in a signature are loaded by the declaring class's
 * loader; a type variable is looked up in the method's own type parameters, then the declaring
 * class's, then those of the classes it is nested in (a variable found nowhere, such as one of an
 * enclosing method of a local class, gets the declaring class as its declaration and Object as
 * its bound).
 */
final class Signatures {
    private final String sig;
    private final Class<?> context;
    /** The method or constructor whose signature this is, or null. */
    private final Executable executable;
    private int pos;

    private Signatures(String sig, Class<?> context) {
        this(sig, context, null);
    }

    private Signatures(String sig, Class<?> context, Executable executable) {
        this.sig = sig;
        this.context = context;
        this.executable = executable;
    }

    /** What a method signature declares: type parameters, parameter, return and thrown types. */
    static final class MethodTypes {
        TypeVariable<?>[] typeParameters;
        Type[] parameters;
        Type returnType;
        /** Null when the signature has no throws clause (the Exceptions attribute applies). */
        Type[] exceptions;
    }

    /** Parses a method or constructor signature ({@code <T:..>(params)ret^ex}). */
    static MethodTypes methodTypes(String signature, Executable declaration) {
        MethodTypes out = new MethodTypes();
        Signatures p = new Signatures(signature, declaration.getDeclaringClass(), declaration);
        out.typeParameters = p.formalTypeParameters(declaration);
        // Type parameters first, so that the types below can refer to them.
        declaration.typeParametersParsed(out.typeParameters);
        p.pos++; // '('
        List<Type> params = new ArrayList<>();
        while (p.sig.charAt(p.pos) != ')') params.add(p.typeSignature());
        p.pos++;
        out.parameters = params.toArray(new Type[0]);
        out.returnType = p.typeSignature();
        if (p.pos < p.sig.length()) {
            List<Type> ex = new ArrayList<>();
            while (p.pos < p.sig.length() && p.sig.charAt(p.pos) == '^') {
                p.pos++;
                ex.add(p.fieldTypeSignature());
            }
            out.exceptions = ex.toArray(new Type[0]);
        }
        return out;
    }

    /** The superclass (index 0) and superinterfaces of a class signature. */
    static Type[] supertypes(String classSignature, Class<?> declaration) {
        Signatures p = new Signatures(classSignature, declaration);
        if (classSignature.startsWith("<")) {
            p.pos = 1;
            while (p.sig.charAt(p.pos) != '>') {
                p.pos = p.sig.indexOf(':', p.pos);
                while (p.sig.charAt(p.pos) == ':') {
                    p.pos++;
                    if (p.sig.charAt(p.pos) == ':') continue;
                    p.fieldTypeSignatureSkip();
                }
            }
            p.pos++;
        }
        List<Type> out = new ArrayList<>();
        while (p.pos < p.sig.length()) out.add(p.fieldTypeSignature());
        return out.toArray(new Type[0]);
    }

    /** The formal type parameters at the current position (none unless it is at '<'). */
    private TypeVariable<?>[] formalTypeParameters(GenericDeclaration declaration) {
        if (sig.charAt(pos) != '<') return new TypeVariable<?>[0];
        pos++;
        List<TypeVariable<?>> out = new ArrayList<>();
        while (sig.charAt(pos) != '>') {
            int colon = sig.indexOf(':', pos);
            String name = sig.substring(pos, colon);
            pos = colon;
            List<Integer> boundStarts = new ArrayList<>();
            while (sig.charAt(pos) == ':') {
                pos++;
                char c = sig.charAt(pos);
                if (c == ':') continue; // no class bound
                boundStarts.add(pos);
                fieldTypeSignatureSkip();
            }
            out.add(new TypeVariableImpl(name, declaration, sig, boundStarts));
        }
        pos++;
        return out.toArray(new TypeVariable<?>[0]);
    }

    /** The type of a field signature. */
    static Type fieldType(String signature, Class<?> context) {
        return new Signatures(signature, context).fieldTypeSignature();
    }

    /** The formal type parameters of a class signature (empty when it has none). */
    static TypeVariable<?>[] typeParameters(String classSignature, Class<?> declaration) {
        if (classSignature == null || !classSignature.startsWith("<")) return new TypeVariable<?>[0];
        Signatures p = new Signatures(classSignature, declaration);
        p.pos = 1;
        List<TypeVariable<?>> out = new ArrayList<>();
        while (p.sig.charAt(p.pos) != '>') {
            int colon = p.sig.indexOf(':', p.pos);
            String name = p.sig.substring(p.pos, colon);
            p.pos = colon;
            List<Integer> boundStarts = new ArrayList<>();
            while (p.sig.charAt(p.pos) == ':') {
                p.pos++;
                char c = p.sig.charAt(p.pos);
                if (c == ':') continue; // no class bound
                boundStarts.add(p.pos);
                p.fieldTypeSignatureSkip();
            }
            out.add(new TypeVariableImpl(name, declaration, classSignature, boundStarts));
        }
        return out.toArray(new TypeVariable<?>[0]);
    }

    private Class<?> load(String internalName) {
        return ReflectAccess.types0(context, "()L" + internalName + ";")[0];
    }

    private Type typeSignature() {
        char c = sig.charAt(pos);
        switch (c) {
            case 'B': case 'C': case 'D': case 'F': case 'I': case 'J': case 'S': case 'Z': case 'V':
                pos++;
                return ReflectAccess.types0(context, "()" + c)[0];
            default:
                return fieldTypeSignature();
        }
    }

    private Type fieldTypeSignature() {
        char c = sig.charAt(pos);
        if (c == 'T') {
            int end = sig.indexOf(';', pos);
            String name = sig.substring(pos + 1, end);
            pos = end + 1;
            return typeVariable(name);
        }
        if (c == '[') {
            pos++;
            Type component = typeSignature();
            if (component instanceof Class) return Array.newInstance((Class<?>) component, 0).getClass();
            return new GenericArrayTypeImpl(component);
        }
        // 'L' ClassTypeSignature
        pos++;
        StringBuilder name = new StringBuilder();
        Type owner = null;
        while (true) {
            char ch = sig.charAt(pos);
            if (ch == '<' || ch == '.' || ch == ';') {
                Type[] args = null;
                if (ch == '<') {
                    pos++;
                    List<Type> list = new ArrayList<>();
                    while (sig.charAt(pos) != '>') list.add(typeArgument());
                    pos++;
                    args = list.toArray(new Type[0]);
                    ch = sig.charAt(pos);
                }
                Class<?> raw = load(name.toString());
                Type t = args == null && owner == null ? raw
                        : new ParameterizedTypeImpl(raw, args == null ? new Type[0] : args, owner != null ? owner : raw.getDeclaringClass());
                pos++;
                if (ch == ';') return t;
                owner = t;
                name.append('$');
            } else {
                name.append(ch);
                pos++;
            }
        }
    }

    private Type typeArgument() {
        char c = sig.charAt(pos);
        if (c == '*') {
            pos++;
            return new WildcardTypeImpl(new Type[] {Object.class}, new Type[0]);
        }
        if (c == '+') {
            pos++;
            return new WildcardTypeImpl(new Type[] {fieldTypeSignature()}, new Type[0]);
        }
        if (c == '-') {
            pos++;
            return new WildcardTypeImpl(new Type[] {Object.class}, new Type[] {fieldTypeSignature()});
        }
        return fieldTypeSignature();
    }

    /** Skips one field type signature without loading anything. */
    private void fieldTypeSignatureSkip() {
        char c = sig.charAt(pos);
        if (c == '[') {
            pos++;
            if ("BCDFIJSZ".indexOf(sig.charAt(pos)) >= 0) pos++;
            else fieldTypeSignatureSkip();
            return;
        }
        if (c == 'T') {
            pos = sig.indexOf(';', pos) + 1;
            return;
        }
        pos++;
        while (true) {
            char ch = sig.charAt(pos++);
            if (ch == ';') return;
            if (ch == '<') {
                while (sig.charAt(pos) != '>') {
                    char a = sig.charAt(pos);
                    if (a == '*') {
                        pos++;
                        continue;
                    }
                    if (a == '+' || a == '-') pos++;
                    fieldTypeSignatureSkip();
                }
                pos++;
            }
        }
    }

    private Type typeVariable(String name) {
        if (executable != null) {
            for (TypeVariable<?> v : executable.getTypeParameters()) {
                if (v.getName().equals(name)) return v;
            }
        }
        for (Class<?> c = context; c != null; c = c.getDeclaringClass()) {
            for (TypeVariable<?> v : c.getTypeParameters()) {
                if (v.getName().equals(name)) return v;
            }
            if (Modifier.isStatic(c.getModifiers())) break;
        }
        return new TypeVariableImpl(name, context, null, null);
    }

    // ---- the Type implementations

    static final class ParameterizedTypeImpl implements ParameterizedType {
        private final Class<?> raw;
        private final Type[] args;
        private final Type owner;

        ParameterizedTypeImpl(Class<?> raw, Type[] args, Type owner) {
            this.raw = raw;
            this.args = args;
            this.owner = owner;
        }

        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return owner;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ParameterizedType)) return false;
            ParameterizedType p = (ParameterizedType) o;
            return raw.equals(p.getRawType()) && java.util.Objects.equals(owner, p.getOwnerType())
                    && Arrays.equals(args, p.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(args) ^ java.util.Objects.hashCode(owner) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            if (owner != null) {
                sb.append(owner.getTypeName()).append('$');
                if (owner instanceof ParameterizedTypeImpl) {
                    sb.append(raw.getName().replace(((ParameterizedTypeImpl) owner).raw.getName() + "$", ""));
                } else {
                    sb.append(raw.getSimpleName());
                }
            } else {
                sb.append(raw.getName());
            }
            if (args.length > 0) {
                sb.append('<');
                for (int i = 0; i < args.length; i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(args[i].getTypeName());
                }
                sb.append('>');
            }
            return sb.toString();
        }
    }

    static final class GenericArrayTypeImpl implements GenericArrayType {
        private final Type component;

        GenericArrayTypeImpl(Type component) {
            this.component = component;
        }

        @Override
        public Type getGenericComponentType() {
            return component;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GenericArrayType && component.equals(((GenericArrayType) o).getGenericComponentType());
        }

        @Override
        public int hashCode() {
            return component.hashCode();
        }

        @Override
        public String toString() {
            return component.getTypeName() + "[]";
        }
    }

    static final class WildcardTypeImpl implements WildcardType {
        private final Type[] upper;
        private final Type[] lower;

        WildcardTypeImpl(Type[] upper, Type[] lower) {
            this.upper = upper;
            this.lower = lower;
        }

        @Override
        public Type[] getUpperBounds() {
            return upper.clone();
        }

        @Override
        public Type[] getLowerBounds() {
            return lower.clone();
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof WildcardType)) return false;
            WildcardType w = (WildcardType) o;
            return Arrays.equals(upper, w.getUpperBounds()) && Arrays.equals(lower, w.getLowerBounds());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(upper) ^ Arrays.hashCode(lower);
        }

        @Override
        public String toString() {
            Type[] bounds;
            StringBuilder sb = new StringBuilder();
            if (lower.length > 0) {
                bounds = lower;
                sb.append("? super ");
            } else if (upper.length > 0 && !upper[0].equals(Object.class)) {
                bounds = upper;
                sb.append("? extends ");
            } else {
                return "?";
            }
            for (int i = 0; i < bounds.length; i++) {
                if (i > 0) sb.append(" & ");
                sb.append(bounds[i].getTypeName());
            }
            return sb.toString();
        }
    }

    static final class TypeVariableImpl implements TypeVariable<GenericDeclaration> {
        private final String name;
        private final GenericDeclaration declaration;
        /** The class signature and where each bound starts in it (null: bound Object). */
        private final String classSignature;
        private final List<Integer> boundStarts;
        private Type[] bounds;

        TypeVariableImpl(String name, GenericDeclaration declaration, String classSignature, List<Integer> boundStarts) {
            this.name = name;
            this.declaration = declaration;
            this.classSignature = classSignature;
            this.boundStarts = boundStarts;
        }

        @Override
        public Type[] getBounds() {
            Type[] b = bounds;
            if (b == null) {
                if (boundStarts == null || boundStarts.isEmpty()) {
                    b = new Type[] {Object.class};
                } else {
                    b = new Type[boundStarts.size()];
                    for (int i = 0; i < b.length; i++) {
                        Signatures p = declaration instanceof Executable
                                ? new Signatures(classSignature, ((Executable) declaration).getDeclaringClass(), (Executable) declaration)
                                : new Signatures(classSignature, (Class<?>) declaration);
                        p.pos = boundStarts.get(i);
                        b[i] = p.fieldTypeSignature();
                    }
                }
                bounds = b;
            }
            return b.clone();
        }

        @Override
        public GenericDeclaration getGenericDeclaration() {
            return declaration;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof TypeVariable)) return false;
            TypeVariable<?> v = (TypeVariable<?>) o;
            return name.equals(v.getName()) && declaration.equals(v.getGenericDeclaration());
        }

        @Override
        public int hashCode() {
            return declaration.hashCode() ^ name.hashCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
