package java.net;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** Decodes application/x-www-form-urlencoded strings ('+' is a space, %XX runs are charset bytes). */
public class URLDecoder {
    private URLDecoder() {}

    /** Uses the platform's default charset. */
    @Deprecated
    public static String decode(String s) {
        return decode(s, Charset.defaultCharset());
    }

    public static String decode(String s, String enc) throws UnsupportedEncodingException {
        if (enc.isEmpty()) throw new UnsupportedEncodingException("URLDecoder: empty string enc parameter");
        Charset charset;
        try {
            charset = Charset.forName(enc);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingException(enc);
        }
        return decode(s, charset);
    }

    public static String decode(String s, Charset charset) {
        if (charset == null) throw new NullPointerException("Charset");
        int n = s.length();
        StringBuilder sb = null;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '+') {
                if (sb == null) sb = new StringBuilder(n).append(s, 0, i);
                sb.append(' ');
                i++;
            } else if (c == '%') {
                if (sb == null) sb = new StringBuilder(n).append(s, 0, i);
                byte[] bytes = new byte[(n - i) / 3];
                int pos = 0;
                while (i + 2 < n && s.charAt(i) == '%') {
                    bytes[pos++] = (byte) hexValue(s, i + 1);
                    i += 3;
                }
                if (i < n && s.charAt(i) == '%') {
                    throw new IllegalArgumentException("URLDecoder: Incomplete trailing escape (%) pattern");
                }
                sb.append(new String(bytes, 0, pos, charset));
            } else {
                if (sb != null) sb.append(c);
                i++;
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The two hex digits at i, parsed like Integer.parseInt(s, i, i + 2, 16) (a sign is allowed). */
    private static int hexValue(String s, int i) {
        char c1 = s.charAt(i), c2 = s.charAt(i + 1);
        int value;
        if (c1 == '-' || c1 == '+') {
            int d = Character.digit(c2, 16);
            if (d < 0) throw illegalHex(s, i, 1);
            value = c1 == '-' ? -d : d;
        } else {
            int d1 = Character.digit(c1, 16);
            if (d1 < 0) throw illegalHex(s, i, 0);
            int d2 = Character.digit(c2, 16);
            if (d2 < 0) throw illegalHex(s, i, 1);
            value = d1 * 16 + d2;
        }
        if (value < 0) {
            throw new IllegalArgumentException("URLDecoder: Illegal hex characters in escape (%) pattern - negative value");
        }
        return value;
    }

    private static IllegalArgumentException illegalHex(String s, int i, int at) {
        return new IllegalArgumentException("URLDecoder: Illegal hex characters in escape (%) pattern - Error at index "
            + at + " in: \"" + s.substring(i, i + 2) + "\"");
    }
}
