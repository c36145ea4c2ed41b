package org.thidua.analysis.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.thidua.analysis.segment.SegmenterModel;

/** Loading VnCoreNLP's model: read, SHA-256 of both files, filtered deserialization, lists, rule tree. */
public class ModelLoadBenchmark {

  /** The first load in a fresh JVM (class loading, interpreter): what a command-line run pays. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(value = 10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public SegmenterModel coldLoad() throws IOException {
    return SegmenterModel.load(SegmentationBenchmark.modelDir());
  }

  /** Loading again in a warmed-up JVM. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(value = 1)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 3, time = 2)
  public SegmenterModel warmLoad() throws IOException {
    return SegmenterModel.load(SegmentationBenchmark.modelDir());
  }
}
