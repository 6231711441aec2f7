package java.net;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * HTML form encoding (application/x-www-form-urlencoded): letters, digits and ".-*_" stay, a
 * space becomes '+', every other character becomes the %XX escapes of its bytes in the charset.
 */
public class URLEncoder {
    private URLEncoder() {}

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static boolean dontNeedEncoding(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '.' || c == '-' || c == '*' || c == '_';
    }

    /** Uses the platform's default charset. */
    @Deprecated
    public static String encode(String s) {
        return encode(s, Charset.defaultCharset());
    }

    public static String encode(String s, String enc) throws UnsupportedEncodingException {
        if (enc == null) throw new NullPointerException("charsetName");
        Charset charset;
        try {
            charset = Charset.forName(enc);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingException(enc);
        }
        return encode(s, charset);
    }

    public static String encode(String s, Charset charset) {
        int len = s.length();
        if (charset == null) throw new NullPointerException("charset");
        StringBuilder out = null;
        int i = 0;
        while (i < len) {
            char c = s.charAt(i);
            if (dontNeedEncoding(c)) {
                if (out != null) out.append(c);
                i++;
            } else if (c == ' ') {
                if (out == null) out = new StringBuilder(len + 16).append(s, 0, i);
                out.append('+');
                i++;
            } else {
                if (out == null) out = new StringBuilder(len + 16).append(s, 0, i);
                int start = i;
                while (i < len && s.charAt(i) != ' ' && !dontNeedEncoding(s.charAt(i))) i++;
                byte[] bytes = s.substring(start, i).getBytes(charset);
                for (byte b : bytes) {
                    out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
