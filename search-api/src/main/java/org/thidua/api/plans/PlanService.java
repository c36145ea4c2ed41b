package org.thidua.api.plans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import org.thidua.api.error.PlanNotFoundException;
import org.thidua.api.error.UnreadableFilesException;
import org.thidua.ingest.index.IngestOutcome;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.index.PlanIngester;
import org.thidua.ingest.index.StoredSource;
import org.thidua.ingest.plan.Plan;

/**
 * Plans in the index: the stored extraction, the original file, uploads and deletions. An upload is all or nothing:
 * every file is extracted first, and if one cannot be read nothing is indexed.
 */
@Service
public class PlanService {
  /** Uploads are known by their file name: uploading a new version of a file replaces the plan. */
  static final String UPLOAD_SOURCE = "upload:";

  private final PlanIndex index;
  private final PlanIngester ingester;

  public PlanService(PlanIndex index, PlanIngester ingester) {
    this.index = index;
    this.ingester = ingester;
  }

  public String json(String planId) {
    try {
      return index.planJson(planId).orElseThrow(() -> new PlanNotFoundException(planId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public StoredSource source(String planId) {
    try {
      return index.source(planId).orElseThrow(() -> new PlanNotFoundException(planId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Extracts and indexes the files; answers the plans, in upload order. */
  public List<Plan> upload(List<MultipartFile> files) throws IOException {
    if (files == null || files.isEmpty()) {
      throw new IllegalArgumentException("no file: send the plans as multipart form field \"file\"");
    }
    List<PlanIngester.Prepared> prepared = new ArrayList<>();
    List<UnreadableFilesException.Failure> failures = new ArrayList<>();
    for (MultipartFile file : files) {
      String name = fileName(file);
      PlanIngester.Prepared p = ingester.prepare(name, file.getBytes(), UPLOAD_SOURCE + name);
      prepared.add(p);
      if (p.failure() != null) {
        failures.add(new UnreadableFilesException.Failure(name, p.failure(), p.failureCode()));
      }
    }
    if (!failures.isEmpty()) {
      throw new UnreadableFilesException(failures);
    }
    List<Plan> plans = new ArrayList<>();
    synchronized (index) {
      List<IngestOutcome> outcomes = new ArrayList<>();
      for (PlanIngester.Prepared p : prepared) {
        outcomes.add(ingester.index(p));
      }
      index.commit();
      for (IngestOutcome outcome : outcomes) {
        plans.add(outcome.plan() != null ? outcome.plan() : index.plan(outcome.planId()).orElseThrow());
      }
    }
    return plans;
  }

  public void delete(String planId) throws IOException {
    synchronized (index) {
      if (index.delete(planId).isEmpty()) {
        throw new PlanNotFoundException(planId);
      }
      index.commit();
    }
  }

  /** The name without any folders a browser may have sent along. */
  private static String fileName(MultipartFile file) {
    String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
    return name == null || name.isBlank() || name.equals("null") ? "upload" : name;
  }
}
