package org.thidua.analysis.segment;

import java.io.IOException;

/** The model folder is missing, incomplete, corrupt, or holds files other than the pinned ones. */
public final class InvalidModelException extends IOException {
  private static final long serialVersionUID = 1L;

  public InvalidModelException(String message) {
    super(message);
  }

  public InvalidModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
