package org.thidua.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The thidua search server: REST API and web UI over the embedded Lucene index. */
@SpringBootApplication
public class ThiduaServer {
  public static void main(String[] args) {
    SpringApplication.run(ThiduaServer.class, args);
  }
}
