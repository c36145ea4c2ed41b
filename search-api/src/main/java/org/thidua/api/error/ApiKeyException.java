package org.thidua.api.error;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A write without a valid API key: 401, or 403 when the server has no key and so accepts no writes. */
public final class ApiKeyException extends ErrorResponseException {
  private ApiKeyException(HttpStatus status, String title, String detail) {
    super(status, problem(status, title, detail), null);
    if (status == HttpStatus.UNAUTHORIZED) {
      getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"X-API-Key\"");
    }
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  public static ApiKeyException missing() {
    return new ApiKeyException(
        HttpStatus.UNAUTHORIZED, "API key required", "Uploading and deleting plans need the header X-API-Key.");
  }

  public static ApiKeyException wrong() {
    return new ApiKeyException(HttpStatus.UNAUTHORIZED, "Wrong API key", "The X-API-Key given is not the server's key.");
  }

  public static ApiKeyException writesDisabled() {
    return new ApiKeyException(
        HttpStatus.FORBIDDEN,
        "Writes disabled",
        "This server has no API key configured (thidua.api-key), so it accepts no uploads or deletions.");
  }
}
