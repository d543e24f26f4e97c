package io.github.gdpr4j.text.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void scanJsonl_writesOneLinePerRecordInOrder_withSummary() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Path outFile = dir.resolve("out.jsonl");
    Files.writeString(
        in,
        "{\"id\": \"a\", \"text\": \"tel 06 12 34 56 78\", \"lang\": \"fr\"}\n"
            + "{\"id\": 2, \"text\": \"rien à signaler\"}\n",
        StandardCharsets.UTF_8);
    int code = run("scan", "--input", in.toString(), "--output", outFile.toString());
    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(outFile, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("{\"id\":\"a\",\"findings\":[{\"kind\":\"PHONE\",\"start\":4,\"end\":18,")
        .contains("\"text\":\"06 12 34 56 78\"", "\"confidence\":");
    assertThat(lines.get(1)).isEqualTo("{\"id\":2,\"findings\":[]}");
    assertThat(err.toString()).contains("PHONE", "total");
  }

  @Test
  void malformedJsonLine_exitsNonZeroNamingTheLine() throws IOException {
    Path in = dir.resolve("bad.jsonl");
    Files.writeString(in, "{\"id\": 1, \"text\": \"ok\"}\n{\"id\": 2, \"text\": \"secret 06\n");
    int code = run("scan", "--input", in.toString(), "--output", dir.resolve("o").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("line 2").doesNotContain("secret");
  }

  @Test
  void missingTextField_exitsNonZeroNamingTheLine() throws IOException {
    Path in = dir.resolve("bad.jsonl");
    Files.writeString(in, "{\"id\": 1, \"txt\": \"ok\"}\n");
    assertThat(run("scan", "--input", in.toString(), "--output", dir.resolve("o").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("line 1", "\"text\"");
  }

  @Test
  void csvInput_withChosenColumn() throws IOException {
    Path in = dir.resolve("in.csv");
    Path outFile = dir.resolve("out.jsonl");
    Files.writeString(in, "ref,comment\nr1,\"mail a.b@example.fr, merci\"\nr2,rien\n");
    int code =
        run(
            "scan",
            "--input",
            in.toString(),
            "--column",
            "comment",
            "--id-column",
            "ref",
            "--output",
            outFile.toString());
    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(outFile);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"id\":\"r1\",\"findings\":[{\"kind\":\"EMAIL\"");
  }

  @Test
  void csvWithoutTheColumn_exitsNonZero() throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "ref,comment\nr1,x\n");
    assertThat(run("scan", "--input", in.toString(), "--output", dir.resolve("o").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("no column \"text\"");
  }

  @Test
  void plainText_idIsTheLineNumber() throws IOException {
    Path in = dir.resolve("in.txt");
    Path outFile = dir.resolve("out.jsonl");
    Files.writeString(in, "rien\nIP 10.1.2.3\n");
    assertThat(run("scan", "--input", in.toString(), "--output", outFile.toString())).isZero();
    assertThat(Files.readAllLines(outFile).get(1))
        .startsWith("{\"id\":\"2\",\"findings\":[{\"kind\":\"IP_ADDRESS\"");
  }

  @Test
  void missingInputOption_isAUsageError() {
    assertThat(run("scan")).isEqualTo(2);
  }
}
