package org.thidua.api.error;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No plan with that id in the index: 404. */
public final class PlanNotFoundException extends ErrorResponseException {
  public PlanNotFoundException(String planId) {
    super(HttpStatus.NOT_FOUND, problem(planId), null);
  }

  private static ProblemDetail problem(String planId) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No plan with id " + planId + ".");
    problem.setTitle("Plan not found");
    problem.setProperty("planId", planId);
    return problem;
  }
}
