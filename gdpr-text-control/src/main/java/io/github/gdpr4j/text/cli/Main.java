package io.github.gdpr4j.text.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code text-control} command: {@code scan} reads comments (JSON lines, CSV or plain text) and
 * writes their findings as JSON lines, with a summary by kind on standard error.
 *
 * <p>Exit codes: 0 success, 1 malformed input (the message names the line), 2 bad usage.
 */
@Command(
    name = "text-control",
    mixinStandardHelpOptions = true,
    version = "gdpr4j text-control 0.1.0",
    description = "Finds identifiers and sensitive data in free-text comments.",
    subcommands = {ScanCommand.class})
public final class Main implements Runnable {

  private Main() {}

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the tool without exiting, for tests.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "missing command: use 'scan' (see --help)");
  }
}
