package com.jixiao.insight.ingest.format.text;

import com.jixiao.insight.ingest.model.Diagnostics;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds out how a text report is encoded, never assuming: UTF-8 (with or without a byte-order mark) or
 * GB18030, the superset of GBK and GB2312 that Chinese Windows writes. A file that is neither, that holds
 * binary data, or that is cut in the middle of a character is refused with the line where it goes wrong.
 */
public final class TextDecoding {

    public record Decoded(String text, String charset, int offset) {}

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");

    private TextDecoding() {}

    public static Decoded decode(byte[] bytes, Diagnostics diag) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw diag.reject("utf16", null, null);
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        checkBinary(bytes, offset, diag);
        ByteBuffer body = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            String text =
                    strict(StandardCharsets.UTF_8).decode(body.duplicate()).toString();
            return new Decoded(text, offset == 3 ? "UTF-8 (BOM)" : "UTF-8", offset);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            int validMultiByte = multiByteSequences(bytes, offset, bad);
            if (offset == 3 || validMultiByte >= 3) {
                // Clearly meant as UTF-8: say where it breaks rather than re-reading it as something else.
                int line = lineOf(bytes, offset, bad);
                if (bytes.length - bad <= 3) {
                    throw diag.reject("truncatedCharacter", line, null);
                }
                throw diag.reject("badUtf8", line, null);
            }
        }
        try {
            String text = strict(GB18030).decode(body.duplicate()).toString();
            if (!plausibleGbk(text)) {
                throw diag.reject("unknownEncoding", null, null);
            }
            return new Decoded(text, "GB18030", offset);
        } catch (CharacterCodingException e) {
            throw diag.reject("unknownEncoding", null, null);
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** NUL bytes or many control characters: a binary file (an image, an executable, a zip that is not XLSX). */
    private static void checkBinary(byte[] bytes, int offset, Diagnostics diag) {
        int n = Math.min(bytes.length, offset + 64 * 1024);
        int control = 0;
        for (int i = offset; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw diag.reject("binary", null, null);
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        if (n > offset && control * 100 > (n - offset)) {
            throw diag.reject("binary", null, null);
        }
    }

    /**
     * GB18030 decodes almost any byte sequence; text that needs its four-byte range or private-use
     * characters often is not GB18030 at all. Real reports stay within GBK.
     */
    private static boolean plausibleGbk(String text) {
        CharsetEncoder gbk = GBK.newEncoder();
        int nonAscii = 0;
        int outside = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (Character.isSurrogate(c) || Character.getType(c) == Character.PRIVATE_USE || !gbk.canEncode(c)) {
                outside++;
            }
        }
        return outside * 50 <= nonAscii;
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        CharsetDecoder d = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CharBuffer out = CharBuffer.allocate(b.length);
        var result = d.decode(in, out, true);
        if (!result.isError()) {
            result = d.flush(out);
        }
        return result.isError() || result.isUnderflow() && in.hasRemaining() ? in.position() : b.length;
    }

    private static int multiByteSequences(byte[] b, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if ((b[i] & 0xE0) == 0xC0 || (b[i] & 0xF0) == 0xE0 || (b[i] & 0xF8) == 0xF0) {
                count++;
            }
        }
        return count;
    }

    private static int lineOf(byte[] b, int from, int position) {
        int line = 1;
        for (int i = from; i < Math.min(position, b.length); i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
