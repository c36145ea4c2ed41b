package org.thidua.analysis.segment;

import java.util.Arrays;

/**
 * Interns strings (lowercase syllables, rule values, tags) to dense int ids, and looks char ranges up without
 * creating strings. Id 0 means "unknown". Built once while loading a model, then only read.
 */
final class SyllableTable {
  static final int UNKNOWN = 0;

  private char[] pool = new char[1 << 16];
  private int poolSize;
  private int[] offsets = new int[1024]; // by id
  private int[] lengths = new int[1024];
  private int[] slots; // open addressing: id, 0 = empty
  private int[] slotHashes;
  private int mask;
  private int size = 1; // id 0 is reserved

  SyllableTable() {
    slots = new int[1 << 15];
    slotHashes = new int[1 << 15];
    mask = slots.length - 1;
  }

  static int hash(char[] s, int off, int len) {
    int h = 0;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + s[i];
    }
    return mix(h);
  }

  static int mix(int h) {
    h *= 0x9E3779B1;
    return h ^ (h >>> 15);
  }

  int size() {
    return size;
  }

  String string(int id) {
    return new String(pool, offsets[id], lengths[id]);
  }

  int intern(String s) {
    return intern(s, 0, s.length());
  }

  /** Interns {@code s[from, to)} without creating a substring. */
  int intern(String s, int from, int to) {
    int len = to - from;
    if (poolSize + len > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
    }
    // copy to the end of the pool first: the lookup compares against it, and it stays there if new
    s.getChars(from, to, pool, poolSize);
    int h = hash(pool, poolSize, len);
    int id = lookup(pool, poolSize, len, h);
    if (id != UNKNOWN) {
      return id;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    id = size++;
    if (id >= offsets.length) {
      offsets = Arrays.copyOf(offsets, id * 2);
      lengths = Arrays.copyOf(lengths, id * 2);
    }
    offsets[id] = poolSize;
    lengths[id] = len;
    poolSize += len;
    insert(id, h);
    return id;
  }

  private void insert(int id, int h) {
    int i = h & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = id;
    slotHashes[i] = h;
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = slotHashes;
    slots = new int[oldSlots.length * 2];
    slotHashes = new int[oldSlots.length * 2];
    mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != 0) {
        insert(oldSlots[i], oldHashes[i]);
      }
    }
  }

  /** The id of {@code s[off, off+len)} whose {@link #hash} is {@code h}, or {@link #UNKNOWN}. */
  int lookup(char[] s, int off, int len, int h) {
    int i = h & mask;
    int id;
    while ((id = slots[i]) != 0) {
      if (slotHashes[i] == h && lengths[id] == len
          && Arrays.equals(pool, offsets[id], offsets[id] + len, s, off, off + len)) {
        return id;
      }
      i = (i + 1) & mask;
    }
    return UNKNOWN;
  }

  int lookup(String s) {
    char[] c = s.toCharArray();
    return lookup(c, 0, c.length, hash(c, 0, c.length));
  }
}
