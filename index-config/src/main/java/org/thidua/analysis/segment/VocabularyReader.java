package org.thidua.analysis.segment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code vi-vocab}, a Java-serialized {@code HashSet<String>}, through an {@link ObjectInputFilter} that
 * admits only {@code java.util.HashSet} and {@code java.lang.String}, within depth, reference, array and
 * size limits, so that a crafted file cannot instantiate anything else.
 */
final class VocabularyReader {
  static final int MAX_DEPTH = 2; // the set (1) and its strings (2)
  static final long MAX_REFERENCES = 500_000;
  static final long MAX_ARRAY = 500_000;
  static final long MAX_BYTES = 16L << 20;

  static final ObjectInputFilter FILTER = info -> {
    if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.arrayLength() > MAX_ARRAY
        || info.streamBytes() > MAX_BYTES) {
      return ObjectInputFilter.Status.REJECTED;
    }
    Class<?> c = info.serialClass();
    if (c == null) {
      return ObjectInputFilter.Status.ALLOWED; // a limits-only check
    }
    // HashSet.readObject checks its table size as a Map.Entry[] before allocating it
    boolean allowed = c == HashSet.class || c == String.class || c == Map.Entry[].class;
    return allowed ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
  };

  private VocabularyReader() {}

  /** The words of the lexicon; rejects anything but a set of strings. */
  static Set<String> read(byte[] bytes, String name) throws InvalidModelException {
    Object o;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      in.setObjectInputFilter(FILTER);
      o = in.readObject();
    } catch (InvalidClassException e) {
      throw new InvalidModelException(name + ": refused by the deserialization filter (only a HashSet of "
          + "Strings is allowed): " + e.getMessage(), e);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      throw new InvalidModelException(name + ": not a readable serialized set of words: " + e, e);
    }
    if (!(o instanceof HashSet<?> set)) {
      throw new InvalidModelException(name + ": holds a " + (o == null ? "null" : o.getClass().getName())
          + ", not a HashSet of words");
    }
    Set<String> words = new HashSet<>(set.size() * 2);
    for (Object w : set) {
      if (!(w instanceof String s)) {
        throw new InvalidModelException(name + ": holds a non-string element");
      }
      words.add(s);
    }
    return words;
  }
}
