/*
 * @fileoverview Identifies a field (NumberFormat.INTEGER_FIELD, FRACTION_FIELD) of formatted
 * output and receives its begin and end index.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.text;

/** A field of formatted text and where it ended up. */
public class FieldPosition {
    int field;
    int beginIndex;
    int endIndex;
    private Format.Field attribute;

    public FieldPosition(int field) {
        this.field = field;
    }

    public FieldPosition(Format.Field attribute) {
        this(attribute, -1);
    }

    public FieldPosition(Format.Field attribute, int fieldID) {
        this.attribute = attribute;
        this.field = fieldID;
    }

    public Format.Field getFieldAttribute() {
        return attribute;
    }

    public int getField() {
        return field;
    }

    public int getBeginIndex() {
        return beginIndex;
    }

    public int getEndIndex() {
        return endIndex;
    }

    public void setBeginIndex(int bi) {
        beginIndex = bi;
    }

    public void setEndIndex(int ei) {
        endIndex = ei;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof FieldPosition)) {
            return false;
        }
        FieldPosition other = (FieldPosition) obj;
        if (attribute == null ? other.attribute != null : !attribute.equals(other.attribute)) {
            return false;
        }
        return beginIndex == other.beginIndex && endIndex == other.endIndex && field == other.field;
    }

    @Override
    public int hashCode() {
        return (field << 24) | (beginIndex << 16) | endIndex;
    }

    @Override
    public String toString() {
        return getClass().getName() + "[field=" + field + ",attribute=" + attribute + ",beginIndex=" + beginIndex
                + ",endIndex=" + endIndex + ']';
    }
}
