package org.thidua.analysis.segment;

import java.util.Arrays;
import java.util.List;

/**
 * The rule tree compiled for speed: conditions are (slot, id) pairs over an int-coded context, and long
 * if-not chains are indexed by the value of their most common condition slot. Evaluation returns the same
 * node as walking the tree rule by rule: in each chain, the first rule (in file order) whose conditions all
 * hold fires, then its exception chain is tried.
 */
final class RuleTree {
  private static final int INDEX_MIN_LENGTH = 8;

  private final int[][] condSlots; // by node; node 0 is the root
  private final int[][] condValues;
  private final boolean[] concludesB;
  private final int[] depth;
  private final Chain[] exceptChain; // by node, null when the node has no exception
  private final int nodeCount;

  RuleTree(List<RuleFile.Rule> rules, SyllableTable table, String beginTag) {
    int n = rules.size();
    nodeCount = n;
    condSlots = new int[n][];
    condValues = new int[n][];
    concludesB = new boolean[n];
    depth = new int[n];
    for (int i = 0; i < n; i++) {
      RuleFile.Rule r = rules.get(i);
      r.index = i;
      condSlots[i] = r.slots.clone();
      condValues[i] = new int[r.values.length];
      for (int k = 0; k < r.values.length; k++) {
        condValues[i][k] = table.intern(r.values[k]);
      }
      concludesB[i] = beginTag.equals(r.conclusion);
      depth[i] = r.depth;
    }
    exceptChain = new Chain[n];
    for (int i = 0; i < n; i++) {
      RuleFile.Rule head = rules.get(i).except;
      if (head != null) {
        int length = 0;
        for (RuleFile.Rule r = head; r != null; r = r.ifNot) {
          length++;
        }
        int[] ids = new int[length];
        int[] pos = new int[length];
        int k = 0;
        for (RuleFile.Rule r = head; r != null; r = r.ifNot) {
          ids[k] = r.index;
          pos[k] = k;
          k++;
        }
        exceptChain[i] = build(ids, pos, table.size(), new boolean[RuleFile.SLOTS]);
      }
    }
  }

  int nodeCount() {
    return nodeCount;
  }

  int depth(int node) {
    return depth[node];
  }

  boolean concludesB(int node) {
    return concludesB[node];
  }

  /** The last node that fires for {@code ctx} (10 slot ids); 0 (the root) when none below it does. */
  int fire(int[] ctx) {
    int fired = 0;
    Chain chain = exceptChain[0];
    while (chain != null) {
      int pos = chain.first(ctx, Integer.MAX_VALUE, this);
      if (pos == Integer.MAX_VALUE) {
        break;
      }
      fired = chain.nodeAt(pos);
      chain = exceptChain[fired];
    }
    return fired;
  }

  boolean satisfied(int node, int[] ctx) {
    int[] slots = condSlots[node];
    int[] values = condValues[node];
    for (int k = 0; k < slots.length; k++) {
      if (ctx[slots[k]] != values[k]) {
        return false;
      }
    }
    return true;
  }

  private Chain build(int[] nodes, int[] pos, int idCount, boolean[] usedSlots) {
    if (nodes.length < INDEX_MIN_LENGTH) {
      return new Chain(nodes, pos, -1, null, null);
    }
    // the slot that most rules of the chain test
    int[] counts = new int[RuleFile.SLOTS];
    for (int node : nodes) {
      for (int s : condSlots[node]) {
        counts[s]++;
      }
    }
    int key = -1;
    for (int s = 0; s < RuleFile.SLOTS; s++) {
      if (!usedSlots[s] && counts[s] > 0 && (key < 0 || counts[s] > counts[key])) {
        key = s;
      }
    }
    if (key < 0) {
      return new Chain(nodes, pos, -1, null, null);
    }
    // counting sort of the chain's positions by their value on the key slot, keeping chain order
    int[] counts2 = new int[idCount];
    int restCount = 0;
    for (int node : nodes) {
      int v = valueOf(node, key);
      if (v < 0) {
        restCount++;
      } else {
        counts2[v]++;
      }
    }
    int[][] byValue = new int[idCount][];
    int[] fill = new int[idCount];
    int[] restIndex = new int[restCount];
    int r = 0;
    for (int k = 0; k < nodes.length; k++) {
      int v = valueOf(nodes[k], key);
      if (v < 0) {
        restIndex[r++] = k;
      } else {
        if (byValue[v] == null) {
          byValue[v] = new int[counts2[v]];
        }
        byValue[v][fill[v]++] = k;
      }
    }
    Chain wildcards = null;
    if (restCount > 0) {
      int[] restNodes = new int[restCount];
      int[] restPos = new int[restCount];
      for (int k = 0; k < restCount; k++) {
        restNodes[k] = nodes[restIndex[k]];
        restPos[k] = pos[restIndex[k]];
      }
      boolean[] used = usedSlots.clone();
      used[key] = true;
      wildcards = build(restNodes, restPos, idCount, used);
    }
    return new Chain(nodes, pos, key, byValue, wildcards);
  }

  private int valueOf(int node, int slot) {
    int[] slots = condSlots[node];
    for (int k = 0; k < slots.length; k++) {
      if (slots[k] == slot) {
        return condValues[node][k];
      }
    }
    return -1;
  }

  /**
   * An if-not chain (or a part of one): parallel arrays of nodes and their positions in the whole chain,
   * ascending. When indexed, rules testing {@code keySlot} are reached through {@code byValue} and the rest
   * through {@code wildcards}.
   */
  private record Chain(int[] nodes, int[] pos, int keySlot, int[][] byValue, Chain wildcards) {

    int nodeAt(int position) {
      int k = Arrays.binarySearch(pos, position);
      return nodes[k];
    }

    /** The smallest position below {@code limit} whose rule holds, or {@code Integer.MAX_VALUE}. */
    int first(int[] ctx, int limit, RuleTree tree) {
      if (keySlot < 0) {
        for (int k = 0; k < nodes.length && pos[k] < limit; k++) {
          if (tree.satisfied(nodes[k], ctx)) {
            return pos[k];
          }
        }
        return Integer.MAX_VALUE;
      }
      int best = Integer.MAX_VALUE;
      int v = ctx[keySlot];
      int[] bucket = v >= 0 && v < byValue.length ? byValue[v] : null;
      if (bucket != null) {
        for (int k : bucket) {
          if (pos[k] >= limit) {
            break;
          }
          if (tree.satisfied(nodes[k], ctx)) {
            best = pos[k];
            break;
          }
        }
      }
      if (wildcards != null) {
        int w = wildcards.first(ctx, Math.min(limit, best), tree);
        if (w < best) {
          best = w;
        }
      }
      return best;
    }
  }
}
