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

  static final ObjectInputFilter FILTER = new SetOfStrings();

  /** The filter (a named class, not a lambda: no invokedynamic bootstrap on the model's cold path). */
  private static final class SetOfStrings implements ObjectInputFilter {
    @Override
    public Status checkInput(FilterInfo info) {
      if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.arrayLength() > MAX_ARRAY
          || info.streamBytes() > MAX_BYTES) {
        return Status.REJECTED;
      }
      Class<?> c = info.serialClass();
      if (c == null) {
        return Status.ALLOWED; // a limits-only check
      }
      // HashSet.readObject checks its table size as a Map.Entry[] before allocating it
      boolean allowed = c == HashSet.class || c == String.class || c == Map.Entry[].class;
      return allowed ? Status.ALLOWED : Status.REJECTED;
    }
  }

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
    for (Object w : set) {
      if (!(w instanceof String)) {
        throw new InvalidModelException(name + ": holds a non-string element");
      }
    }
    @SuppressWarnings("unchecked")
    Set<String> words = (Set<String>) set;
    return words;
  }
}
