package org.consularkit.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.consularkit.directory.CallerLocation;
import org.consularkit.directory.Directory;
import org.consularkit.directory.DistrictAssignment;
import org.consularkit.directory.routing.CallPlan;
import org.consularkit.directory.routing.CallStep;
import org.consularkit.directory.routing.EmergencyRouter;
import org.consularkit.directory.routing.Situation;

/**
 * Whom a US citizen in China calls, and what they dial: the emergency routing of the directory at
 * four moments (office hours, evening, weekend, the Spring Festival closure), from China and from
 * the US, and the post serving a province.
 *
 * <pre>
 * java -cp examples/target/consularkit.jar org.consularkit.examples.EmergencyContacts
 * </pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless program.
 */
public final class EmergencyContacts {

    private EmergencyContacts() {
    }

    /**
     * Prints the examples to standard output, in UTF-8.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        print(out);
        out.flush();
    }

    /**
     * Prints the examples.
     *
     * @param out where to print, not null
     */
    static void print(PrintWriter out) {
        Directory mission = Directory.builtIn();
        EmergencyRouter router = EmergencyRouter.of(mission);   // office hours + post:<id> closure calendars

        String[][] cases = {
            {"2026-03-03T10:00+08:00", "a Tuesday morning"},
            {"2026-03-03T22:00+08:00", "a Tuesday night"},
            {"2026-03-07T10:00+08:00", "a Saturday"},
            {"2026-02-17T10:00+08:00", "Spring Festival, the post is closed"},
        };
        for (String[] c : cases) {
            Instant at = OffsetDateTime.parse(c[0]).toInstant();
            for (CallerLocation from : CallerLocation.values()) {
                CallPlan plan = router.route("shanghai", at, from, Situation.ARREST);
                out.println("Arrest, Shanghai district, " + c[0] + " (" + c[1] + "), calling from " + from + ":");
                for (CallStep step : plan.steps()) {
                    out.println("  " + step.number() + "  " + step.displayName(Locale.ENGLISH));
                }
            }
        }

        CallPlan crime = router.route("guangzhou", OffsetDateTime.parse("2026-03-03T22:00+08:00").toInstant(),
                CallerLocation.CN, Situation.CRIME);
        out.println("Crime in Guangzhou's district at night, calling from China:");
        for (CallStep step : crime.steps()) {
            out.println("  " + step.number() + "  " + step.displayName(Locale.ENGLISH));
        }

        DistrictAssignment yunnan = mission.district("CN-YN");
        out.println("Yunnan (CN-YN) is served by " + mission.post(yunnan.postId()).displayName(Locale.ENGLISH)
                + (yunnan.uncertain() ? " (uncertain: " + yunnan.provenance().note().orElse("") + ")" : ""));
    }
}
