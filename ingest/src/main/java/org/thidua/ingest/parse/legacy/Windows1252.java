package org.thidua.ingest.parse.legacy;

import java.nio.charset.Charset;

/**
 * The code page legacy Vietnamese text is seen through: an 8-bit TCVN3 or VNI file (or a Word run in a
 * .VnTime / VNI-Times font) shows up as the windows-1252 characters of its bytes.
 */
final class Windows1252 {

  static final Charset CHARSET = Charset.forName("windows-1252");

  /** The characters windows-1252 gives bytes 0x80–0x9F (the rest of 0x80–0xFF are Latin-1 code points). */
  private static final String HIGH_CONTROLS = new String(range(0x80, 0xA0), CHARSET);

  private Windows1252() {}

  /** True when {@code c} is a character an 8-bit windows-1252 file can contain. */
  static boolean contains(char c) {
    return c < 0x100 || HIGH_CONTROLS.indexOf(c) >= 0;
  }

  /** True when every character of the text could come from a windows-1252 decoding. */
  static boolean containsAll(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!contains(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static byte[] range(int from, int to) {
    byte[] bytes = new byte[to - from];
    for (int i = from; i < to; i++) {
      bytes[i - from] = (byte) i;
    }
    return bytes;
  }
}
