package org.thidua.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.thidua.ingest.parse.legacy.LegacyTextRepair;

/**
 * Decodes a plain-text file. Vietnamese plain text comes as UTF-8 (with or without a byte-order mark),
 * UTF-16 (with a BOM, or without one from some Windows tools), windows-1258 (which writes tone marks as
 * combining characters) or an old 8-bit font encoding (TCVN3, VNI — repaired later by
 * {@link LegacyTextRepair}). The order: BOM; BOM-less UTF-16 by its zero bytes; strict UTF-8; otherwise the
 * 8-bit reading (windows-1258, windows-1252 with a legacy reading, or UTF-8 with a few bad bytes) under
 * which the most words are Vietnamese syllables.
 */
final class PlainTextDecoder {

  /** The decoded text (NFC), the charset used, and what a user should know. */
  record Decoded(String text, String charset, List<String> warnings) {}

  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final int SAMPLE = 256 * 1024;

  private PlainTextDecoder() {}

  /** The decoded text, or null when the bytes are not text (binary data, whatever the file is called). */
  static Decoded decode(byte[] bytes) {
    int n = bytes.length;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8(bytes, 3, "UTF-8 (BOM)");
    }
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return wide(bytes, 4, UTF_32LE, "UTF-32LE (BOM)");
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return wide(bytes, 4, UTF_32BE, "UTF-32BE (BOM)");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return wide(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return wide(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
    }
    Charset utf16 = bomlessUtf16(bytes);
    if (utf16 != null) {
      Decoded decoded = wide(bytes, 0, utf16, utf16.name() + " (no BOM)");
      if (decoded != null) {
        return decoded;
      }
    }
    if (!looksLikeText(bytes, 0, n)) {
      return null;
    }
    try {
      String text = strict(StandardCharsets.UTF_8, bytes, 0, n);
      return new Decoded(nfc(text), "UTF-8", List.of());
    } catch (CharacterCodingException notUtf8) {
      return eightBit(bytes);
    }
  }

  /** An 8-bit file (or UTF-8 with bad bytes): the reading with the most Vietnamese words wins. */
  private static Decoded eightBit(byte[] bytes) {
    Charset charset = eightBitCharset(bytes, bytes.length);
    if (charset.equals(StandardCharsets.UTF_8)) {
      return utf8(bytes, 0, "UTF-8");
    }
    String text = new String(bytes, charset);
    // TCVN3 / VNI bytes are read as windows-1252 characters; the legacy repair turns them into Vietnamese
    return new Decoded(charset.equals(WINDOWS_1258) ? nfc(text) : text, charset.name(), List.of());
  }

  /** windows-1258, windows-1252 (for a legacy encoding) or UTF-8 (with bad bytes), by Vietnamese words. */
  private static Charset eightBitCharset(byte[] bytes, int length) {
    int sample = Math.min(length, SAMPLE);
    LegacyTextRepair legacy = LegacyTextRepair.get();
    String asUtf8 = new String(bytes, 0, sample, StandardCharsets.UTF_8);
    int score1258 = legacy.vietnameseWords(nfc(new String(bytes, 0, sample, WINDOWS_1258)));
    int score1252 = legacy.vietnameseWords(new String(bytes, 0, sample, WINDOWS_1252));
    int scoreUtf8 = legacy.vietnameseWords(nfc(asUtf8)) - replacements(asUtf8);
    if (scoreUtf8 > score1258 && scoreUtf8 > score1252) {
      return StandardCharsets.UTF_8;
    }
    return score1252 > score1258 ? WINDOWS_1252 : WINDOWS_1258;
  }

  /**
   * The charset of the start of a text-like file (HTML) that declares none: a byte-order mark, else UTF-8 if
   * the bytes are valid UTF-8 with some non-ASCII, else the 8-bit choice of {@link #decode}; null when there
   * is nothing but ASCII to go on.
   *
   * @param complete false when {@code head} is only the start of the file (a character may be cut at its end)
   */
  static Charset charsetOf(byte[] head, boolean complete) {
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) return StandardCharsets.UTF_8;
    if (startsWith(head, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
    if (startsWith(head, 0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
    boolean ascii = true;
    for (byte b : head) {
      if (b < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return null;
    }
    int length = head.length;
    if (!complete) { // drop a multi-byte sequence cut at the end of the sample
      int i = length - 1;
      while (i > 0 && length - i < 4 && (head[i] & 0xC0) == 0x80) i--;
      if ((head[i] & 0xC0) == 0xC0) length = i;
    }
    try {
      strict(StandardCharsets.UTF_8, head, 0, length);
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException notUtf8) {
      return eightBitCharset(head, length);
    }
  }

  private static Decoded utf8(byte[] bytes, int offset, String label) {
    String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    int bad = replacements(text);
    List<String> warnings = new ArrayList<>();
    if (bad > 0) {
      warnings.add(bad + " byte sequence(s) were not valid UTF-8 and were replaced by U+FFFD");
    }
    return new Decoded(nfc(text), label, warnings);
  }

  /** UTF-16/32: strict, so that binary data that happens to start like a BOM is not taken for text. */
  private static Decoded wide(byte[] bytes, int offset, Charset charset, String label) {
    try {
      String text = strict(charset, bytes, offset, bytes.length - offset);
      if (!looksLikeText(text)) {
        return null;
      }
      return new Decoded(nfc(text), label, List.of());
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * UTF-16 without a BOM: ASCII characters (spaces, digits, most Vietnamese base letters) have a zero high
   * byte, so one byte position of each pair is often zero and the other almost never.
   */
  private static Charset bomlessUtf16(byte[] bytes) {
    int pairs = Math.min(bytes.length, SAMPLE) / 2;
    if (pairs < 2 || (bytes.length & 1) != 0) {
      return null;
    }
    int zeroEven = 0, zeroOdd = 0;
    for (int i = 0; i < pairs; i++) {
      if (bytes[2 * i] == 0) zeroEven++;
      if (bytes[2 * i + 1] == 0) zeroOdd++;
    }
    if (zeroOdd * 5 >= pairs && zeroEven * 50 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven * 5 >= pairs && zeroOdd * 50 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Text has no NUL bytes and almost no other control bytes (tab, line breaks, form feed, ^Z, ESC allowed). */
  private static boolean looksLikeText(byte[] bytes, int from, int to) {
    int end = Math.min(to, from + SAMPLE);
    int controls = 0;
    for (int i = from; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return false;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1A && b != 0x1B) {
        controls++;
      }
    }
    return controls * 200 <= end - from;
  }

  private static boolean looksLikeText(String text) {
    int end = Math.min(text.length(), SAMPLE);
    int controls = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == 0 || c == '\uFFFE' || c == '\uFFFF') {
        return false;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
        controls++;
      }
    }
    return controls * 200 <= end;
  }

  private static String strict(Charset charset, byte[] bytes, int offset, int length) throws CharacterCodingException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, length));
    return chars.toString();
  }

  private static int replacements(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') count++;
    }
    return count;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Lines as a reader sees them: split at \r\n, \r or \n; a final line break does not start an empty line. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
