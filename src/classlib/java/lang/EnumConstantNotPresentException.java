package java.lang;

/** Thrown when code refers to an enum constant that no longer exists. */
@SuppressWarnings("rawtypes")
public class EnumConstantNotPresentException extends RuntimeException {
    private final Class<? extends Enum> enumType;
    private final String constantName;

    public EnumConstantNotPresentException(Class<? extends Enum> enumType, String constantName) {
        super(enumType.getName() + "." + constantName);
        this.enumType = enumType;
        this.constantName = constantName;
    }

    /** The enum class the constant was looked up in. */
    public Class<? extends Enum> enumType() {
        return enumType;
    }

    /** The missing constant's name. */
    public String constantName() {
        return constantName;
    }
}
