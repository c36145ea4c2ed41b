package org.thidua.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Uploaded files that cannot be read as plans: 422, with the reason for each. Nothing of the upload was indexed.
 */
public final class UnreadableFilesException extends ErrorResponseException {

  /**
   * @param file the file's name as uploaded
   * @param reason why it cannot be read, in words
   * @param code the same for machines (EMPTY, TRUNCATED_OR_CORRUPT, ENCRYPTED, ZIP_BOMB, TOO_LARGE, TIMEOUT,
   *     UNSUPPORTED_FORMAT, NEEDS_OCR, IO), when known
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Failure(String file, String reason, String code) {}

  public UnreadableFilesException(List<Failure> failures) {
    super(HttpStatus.UNPROCESSABLE_CONTENT, problem(failures), null);
  }

  private static ProblemDetail problem(List<Failure> failures) {
    Failure first = failures.get(0);
    String detail =
        failures.size() == 1
            ? first.file() + ": " + first.reason()
            : failures.size() + " files cannot be read; the first, " + first.file() + ": " + first.reason();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail + ". Nothing was indexed.");
    problem.setTitle("Unreadable file");
    problem.setProperty("reason", first.reason());
    if (first.code() != null) {
      problem.setProperty("code", first.code());
    }
    problem.setProperty("failures", failures);
    return problem;
  }
}
