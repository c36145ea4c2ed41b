package org.thidua.ingest.parse;

/** When scanned pages and images are read with Tesseract OCR. */
public enum OcrMode {
  /** Never: a scanned PDF or an image is reported as {@link UnreadableFileException.Reason#NEEDS_OCR}. */
  OFF,
  /** Images, and PDF pages without a text layer, when Tesseract with its Vietnamese model is installed. */
  AUTO,
  /**
   * Every PDF page and image, ignoring any text layer (for PDFs whose text layer is garbage, e.g. fonts
   * without a Unicode mapping); needs Tesseract like {@link #AUTO}.
   */
  ON
}
