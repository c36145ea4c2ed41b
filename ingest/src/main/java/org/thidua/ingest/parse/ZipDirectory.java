package org.thidua.ingest.parse;

/**
 * Looks at a ZIP container's central directory (DOCX, ODT) before anything inflates it. Without one, the file
 * is cut short (the directory is the last thing in a ZIP). With one, an entry that claims to
 * expand more than {@value #MAX_RATIO} times and beyond {@value #MIN_SUSPECT_BYTES} bytes, or entries that
 * together claim more than {@value #MAX_TOTAL_BYTES} bytes, mark a zip bomb. Declared sizes can lie; the
 * parse itself is bounded as well (streaming DOCX reading, the character limit and the text-to-file ratio in
 * {@link StructureHandler}).
 */
final class ZipDirectory {

  static final int MAX_RATIO = 100;
  static final long MIN_SUSPECT_BYTES = 20L * 1024 * 1024;
  static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;
  static final int MAX_ENTRIES = 20_000;

  private static final int EOCD = 0x06054b50;
  private static final int CENTRAL_HEADER = 0x02014b50;

  private ZipDirectory() {}

  /** True when the ZIP ends with its central directory, as a complete one does. */
  static boolean isComplete(byte[] zip) {
    return findEndOfDirectory(zip) >= 0;
  }

  /** A description of the bomb, or null when the directory looks like a document's (or cannot be read). */
  static String bomb(byte[] zip) {
    int eocd = findEndOfDirectory(zip);
    if (eocd < 0) {
      return null; // no directory (cut short): the parser will say the file is damaged
    }
    int entries = u16(zip, eocd + 10);
    long offset = u32(zip, eocd + 16);
    if (entries > MAX_ENTRIES) {
      return "it holds " + entries + " compressed parts";
    }
    long total = 0;
    int p = (int) Math.min(offset, Integer.MAX_VALUE);
    for (int i = 0; i < entries; i++) {
      if (p < 0 || p + 46 > zip.length || u32(zip, p) != CENTRAL_HEADER) {
        return null;
      }
      long compressed = u32(zip, p + 20);
      long size = u32(zip, p + 24);
      int nameLength = u16(zip, p + 28);
      int extra = u16(zip, p + 30);
      int comment = u16(zip, p + 32);
      if (size == 0xFFFFFFFFL) {
        return "a part claims 4 GB or more once expanded"; // ZIP64 sizes: no document part is that big
      }
      total += size;
      if (size > MIN_SUSPECT_BYTES && size > MAX_RATIO * Math.max(1, compressed)) {
        String name = new String(zip, p + 46, Math.min(nameLength, zip.length - p - 46),
            java.nio.charset.StandardCharsets.UTF_8);
        return "part " + name + " expands from " + compressed + " to " + size + " bytes";
      }
      if (total > MAX_TOTAL_BYTES) {
        return "its parts expand to more than " + MAX_TOTAL_BYTES + " bytes";
      }
      p += 46 + nameLength + extra + comment;
    }
    return null;
  }

  private static int findEndOfDirectory(byte[] zip) {
    int last = zip.length - 22;
    int first = Math.max(0, last - 65_535);
    for (int i = last; i >= first; i--) {
      if (u32(zip, i) == EOCD) {
        return i;
      }
    }
    return -1;
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int i) {
    return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
  }
}
