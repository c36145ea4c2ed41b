package org.thidua.analysis.segment;

import java.util.Arrays;

/** Set of multi-syllable words of 2 to 4 syllables, stored as id sequences; lookups allocate nothing. */
final class SpanSet {
  static final int MAX = 4;

  private int[] keys; // 4 ids a slot, all zero = empty; shorter words are padded with 0
  private int mask;
  private int size;
  private byte[] lengthsByFirst = new byte[0]; // bit L set: some word of L syllables starts with this id

  SpanSet() {
    keys = new int[MAX * 1024];
    mask = 1024 - 1;
  }

  private static int hash(int a, int b, int c, int d) {
    int h = a;
    h = h * 0x01000193 ^ b;
    h = h * 0x01000193 ^ c;
    h = h * 0x01000193 ^ d;
    return SyllableTable.mix(h);
  }

  void add(int[] ids) {
    int len = ids.length;
    if (len < 2 || len > MAX) {
      throw new IllegalArgumentException("span length " + len);
    }
    int a = ids[0];
    int b = ids[1];
    int c = len > 2 ? ids[2] : 0;
    int d = len > 3 ? ids[3] : 0;
    if (contains(a, b, c, d)) {
      return;
    }
    if ((size + 1) * 2 > mask + 1) {
      grow();
    }
    put(a, b, c, d);
    size++;
    if (a >= lengthsByFirst.length) {
      lengthsByFirst = Arrays.copyOf(lengthsByFirst, Math.max(a + 1, lengthsByFirst.length * 2));
    }
    lengthsByFirst[a] |= (byte) (1 << len);
  }

  private void put(int a, int b, int c, int d) {
    int i = hash(a, b, c, d) & mask;
    while (keys[i * MAX] != 0) {
      i = (i + 1) & mask;
    }
    int k = i * MAX;
    keys[k] = a;
    keys[k + 1] = b;
    keys[k + 2] = c;
    keys[k + 3] = d;
  }

  private void grow() {
    int[] old = keys;
    keys = new int[old.length * 2];
    mask = keys.length / MAX - 1;
    for (int k = 0; k < old.length; k += MAX) {
      if (old[k] != 0) {
        put(old[k], old[k + 1], old[k + 2], old[k + 3]);
      }
    }
  }

  /** True when some word of {@code len} syllables starts with {@code first}. */
  boolean mayStart(int first, int len) {
    return first < lengthsByFirst.length && (lengthsByFirst[first] & (1 << len)) != 0;
  }

  /** Ids of a shorter word are followed by zeros. */
  boolean contains(int a, int b, int c, int d) {
    int i = hash(a, b, c, d) & mask;
    int k;
    while (keys[k = i * MAX] != 0) {
      if (keys[k] == a && keys[k + 1] == b && keys[k + 2] == c && keys[k + 3] == d) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  int size() {
    return size;
  }
}
