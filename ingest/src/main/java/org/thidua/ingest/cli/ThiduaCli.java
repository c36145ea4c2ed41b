package org.thidua.ingest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar ingest/target/thidua.jar <command>}. */
@Command(
    name = "thidua.jar",
    mixinStandardHelpOptions = true,
    versionProvider = ThiduaCli.Version.class,
    description = "Ingest, extract and search Vietnamese emulation-and-commendation plans.",
    subcommands = {
      CommandLine.HelpCommand.class,
      SegmentCommand.class,
      ExtractCommand.class,
      GenerateCommand.class,
    })
public final class ThiduaCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ThiduaCli());
    cli.addSubcommand(new IngestCommand());
    cli.addSubcommand(new SearchCommand());
    cli.addSubcommand(new DeleteCommand());
    cli.addSubcommand(new OptimizeCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // a missing index, an unreadable folder, a bad page number: one line saying so, not a stack trace
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof java.io.IOException || e instanceof IllegalArgumentException) {
            commandLine.getErr().println("thidua: " + e.getMessage());
            return 1;
          }
          throw e;
        });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ThiduaCli.class.getPackage().getImplementationVersion();
      return new String[] {"thidua " + (v == null ? "development build" : v)};
    }
  }
}
