package my.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.consularkit.directory.*;
import org.consularkit.directory.routing.*;
// The checks of the answers (not in the README):
import java.util.List;

/** The README's example "Whom to call, and how to dial it", word for word between the markers, then its answers checked. */
final class EmergencySnippet implements Snippet {

    @Override
    public void run(Answers a) throws Exception {
        // README begin: Whom to call, and how to dial it
        PhoneNumber acs = PhoneNumber.parse("(028) 8558-3992", "CN");
        acs.dialFrom(CallerLocation.CN);   // Optional[028 8558 3992]
        acs.dialFrom(CallerLocation.US);   // Optional[011 86 28 8558 3992]
        acs.e164();                        // Optional[+862885583992]
        acs.telUri();                      // tel:+86-28-8558-3992
        PhoneNumber.parse("110", "CN").dialFrom(CallerLocation.US);       // Optional.empty: dial 110 in China only

        Directory mission = Directory.builtIn();
        DistrictAssignment sichuan = mission.district("CN-SC");  // Beijing since Chengdu closed; uncertain() is true

        EmergencyRouter router = EmergencyRouter.of(mission);     // office hours + post:<id> closure calendars
        CallPlan plan = router.route("shanghai", OffsetDateTime.parse("2026-02-17T10:00+08:00").toInstant(),
                CallerLocation.CN, Situation.CRIME);
        for (CallStep step : plan.steps()) {
            System.out.println(step.displayName(Locale.ENGLISH) + ": " + step.number());
        }
        // Police: 110
        // U.S. Consulate General Shanghai – Emergency After Hours Duty Officer: 010 8531 4000
        // State Department Overseas Citizens Services (from abroad): 00 1 202 501 4444
        // README end

        a.equal(acs.dialFrom(CallerLocation.CN).toString(), "Optional[028 8558 3992]");
        a.equal(acs.dialFrom(CallerLocation.US).toString(), "Optional[011 86 28 8558 3992]");
        a.equal(acs.e164().toString(), "Optional[+862885583992]");
        a.equal(acs.telUri(), "tel:+86-28-8558-3992");
        a.equal(PhoneNumber.parse("110", "CN").dialFrom(CallerLocation.US).toString(), "Optional.empty");
        a.equal(sichuan.postId(), "beijing");
        a.equal(sichuan.uncertain(), true);
        a.equal(a.printedLines(), List.of(
                "Police: 110",
                "U.S. Consulate General Shanghai \u2013 Emergency After Hours Duty Officer: 010 8531 4000",
                "State Department Overseas Citizens Services (from abroad): 00 1 202 501 4444"));
    }
}
