package my.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Runs every Java example of the README as an application that depends on ConsularKit would (the
 * consumer tests of integration-tests/ run it on the class path and on the module path), and checks
 * the answers the README gives in its comments. Exits with status 1 if any differs.
 *
 * <p>Argument: the folder of the test fixture {@code fixture-2027-holiday-cn.json} (a made-up 2027
 * schedule, not the 2027 notice), copied to {@code 2027.json} in the working folder for the China
 * example, which loads that file; and {@code fixture-2027-notice.txt} (a made-up 2027 notice),
 * copied to {@code 2027.txt} for the notice example.
 */
public final class ReadmeSnippets {

    private ReadmeSnippets() {
    }

    /**
     * Runs the examples.
     *
     * @param args the folder of the fixtures
     * @throws Exception if the fixture cannot be copied
     */
    public static void main(String[] args) throws Exception {
        Files.copy(Path.of(args[0], "fixture-2027-holiday-cn.json"), Path.of("2027.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of(args[0], "fixture-2027-notice.txt"), Path.of("2027.txt"),
                StandardCopyOption.REPLACE_EXISTING);
        List<Snippet> snippets = List.of(new UsFederalSnippet(), new ChinaSnippet(), new NoticeSnippet(),
                new LunarSnippet(), new PostClosuresSnippet(), new BookingSnippet(), new EmergencySnippet(), new IcalFeedSnippet());
        PrintStream out = System.out;
        String where = ReadmeSnippets.class.getModule().isNamed()
                ? "module path (module " + ReadmeSnippets.class.getModule().getName() + ")" : "class path";
        int failed = 0;
        for (Snippet s : snippets) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            Answers answers = new Answers(printed);
            List<String> failures;
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                s.run(answers);
                failures = answers.failures();
            } catch (Exception | LinkageError e) {
                failures = List.of("threw " + e);
            } finally {
                System.setOut(out);
            }
            String name = s.getClass().getSimpleName();
            if (failures.isEmpty()) {
                out.println("README example " + name + ": as the README says");
            } else {
                failed++;
                for (String f : failures) {
                    out.println("README example " + name + ": " + f);
                }
            }
        }
        out.println("README examples on the " + where + ": " + (snippets.size() - failed) + " of " + snippets.size()
                + " give the README's answers");
        if (failed > 0) {
            System.exit(1);
        }
    }
}
