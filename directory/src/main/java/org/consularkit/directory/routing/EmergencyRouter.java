package org.consularkit.directory.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.booking.OfficeState;
import org.consularkit.core.booking.OfficeStatus;
import org.consularkit.directory.CallerLocation;
import org.consularkit.directory.Contact;
import org.consularkit.directory.ContactRole;
import org.consularkit.directory.Directory;
import org.consularkit.directory.DistrictAssignment;
import org.consularkit.directory.Post;
import org.consularkit.directory.Province;

/**
 * Answers "whom do I call now, from here, for this?": for a post, a moment, where the caller is
 * (China or the US) and a {@linkplain Situation situation}, the ordered list of numbers to call,
 * each exactly as the caller dials it, with the reason.
 *
 * <pre>{@code
 * EmergencyRouter router = EmergencyRouter.of(Directory.builtIn());   // hours + post:<id> calendars
 * CallPlan plan = router.route("shanghai", Instant.parse("2026-03-03T02:00:00Z"), CallerLocation.CN,
 *         Situation.CRIME);
 * // 1. Police                        110
 * // 2. ... American Citizen Services 021 8011 2400   (Tuesday 10:00 in Shanghai: open)
 * // 3. ... Overseas Citizens Services 00 1 202 501 4444
 * }</pre>
 *
 * <p>{@link #of(Directory)} follows each post's {@linkplain Post#officeSchedule() office hours} and
 * its {@linkplain Post#closureCalendar() closure calendar} ({@code post:<id>} for Mission China:
 * 2026-02-17, Spring Festival, is a closure day in every post); {@link #of(Directory,
 * AcsAvailability)} takes any other {@linkplain AcsAvailability availability}.
 *
 * <h2>Order of the list</h2>
 * <ol>
 *   <li>China's emergency services first for a crime (police 110), an injury (ambulance 120, then
 *       police 110), a medical emergency (120), a fire (119) or a traffic accident (traffic police
 *       122, then 120): only when the caller is in China. These short codes cannot be dialled from
 *       the US, so for a caller there they are left out of the list and a note says so.</li>
 *   <li>The post: while its {@linkplain AcsAvailability availability} says the ACS unit is open,
 *       every ACS number of the post (reached through the consulate operator); when it is closed
 *       (after hours, at a weekend, on a closure day) or the hours are not known, the post's
 *       Emergency After Hours Duty Officer line ((010) 8531-4000 for every post of Mission China),
 *       or the Mission-wide emergency line if the post has none.</li>
 *   <li>The State Department's Overseas Citizens Services: 1-888-407-4747 from the US,
 *       +1-202-501-4444 from abroad (dialled {@code 00 1 202 501 4444} from China).</li>
 * </ol>
 *
 * <h2>Posts that are closed or suspended</h2>
 * In the default {@linkplain Mode#CURRENT_STATUS current-status mode}, a post whose status is not
 * operating ({@link OfficeState#CLOSED}, {@link OfficeState#SUSPENDED}), such as Chengdu since
 * 2020-07-27, has no ACS unit to call, whatever the hour: its own numbers (Chengdu's (028)
 * 8558-3992, from its stale page, whose current use is unverified) are never offered. In their place
 * come, after China's emergency services:
 * <ol>
 *   <li>the Mission-wide emergency line (010) 8531-4000, which the Mission calls its 24-hour
 *       emergency number and which reaches the post serving the caller's consular district;</li>
 *   <li>the posts that now serve the closed post's former district (for Chengdu: Beijing for
 *       Sichuan, Chongqing and Tibet, Guangzhou for Guizhou and Yunnan, both assignments uncertain),
 *       each with its ACS numbers while its {@linkplain AcsAvailability availability} says it is
 *       open, or its after-hours line when that is another number than the lines already
 *       listed;</li>
 * </ol>
 * then Overseas Citizens Services. A note names the post's status and the numbers left out. The
 * serving posts are those of the directory's district assignments on the date of the call (in the
 * post's zone), or the current ones when that date is before the closure.
 *
 * <p>In the {@linkplain Mode#AS_PUBLISHED as-published mode} ({@code
 * router.withMode(EmergencyRouter.Mode.AS_PUBLISHED)}), an explicit choice for users who model a
 * post's page as it was published (Chengdu's page: open), every post is routed like an operating
 * one, by its published hours, closure calendar and numbers: Chengdu's ACS number in its office
 * hours, its after-hours line otherwise. The plan then says so: its {@link CallPlan#mode()} is
 * {@code AS_PUBLISHED}, and for a post that is not operating its {@link CallPlan#warning()} says
 * that the post is closed or suspended and that its own numbers may no longer answer (the command
 * line prints it first); their steps keep the directory's uncertain flag.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe if its availability is.
 *
 * @since 0.1
 */
public final class EmergencyRouter {

    /**
     * How a post that is not operating (closed or suspended) is routed.
     *
     * @since 0.1
     */
    public enum Mode {
        /**
         * By the post's current status (the default): a closed or suspended post is never offered
         * with its own numbers; the Mission-wide emergency line takes its place at any hour.
         */
        CURRENT_STATUS,
        /**
         * As the post's page was published: every post is routed by its published hours, closure
         * calendar and numbers, as if it operated, with a note on its actual status.
         */
        AS_PUBLISHED
    }

    private final Directory directory;
    private final AcsAvailability availability;
    private final Mode mode;

    private EmergencyRouter(Directory directory, AcsAvailability availability, Mode mode) {
        this.directory = directory;
        this.availability = availability;
        this.mode = mode;
    }

    /**
     * Obtains a router over a directory that follows each post's office hours and closure calendar
     * ({@link AcsAvailability#officeHours()}), in the {@linkplain Mode#CURRENT_STATUS
     * current-status mode}.
     *
     * @param directory the directory of posts and contacts, not null
     * @return the router, not null
     */
    public static EmergencyRouter of(Directory directory) {
        return of(directory, AcsAvailability.officeHours());
    }

    /**
     * Obtains a router over a directory with another availability, in the {@linkplain
     * Mode#CURRENT_STATUS current-status mode}.
     *
     * @param directory the directory of posts and contacts, not null
     * @param availability tells whether a post's ACS unit is open at a moment, not null
     * @return the router, not null
     */
    public static EmergencyRouter of(Directory directory, AcsAvailability availability) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(availability, "availability");
        return new EmergencyRouter(directory, availability, Mode.CURRENT_STATUS);
    }

    /**
     * Returns a copy of this router that routes posts that are not operating in a mode.
     *
     * @param newMode the mode, not null
     * @return a router with the same directory and availability, not null
     */
    public EmergencyRouter withMode(Mode newMode) {
        Objects.requireNonNull(newMode, "newMode");
        return newMode == mode ? this : new EmergencyRouter(directory, availability, newMode);
    }

    /**
     * Returns how this router routes posts that are not operating.
     *
     * @return the mode, not null
     */
    public Mode mode() {
        return mode;
    }

    /**
     * Returns the availability this router consults.
     *
     * @return the availability, not null
     */
    public AcsAvailability availability() {
        return availability;
    }

    /**
     * Returns whom to call for a post of the directory (see the class documentation for the order).
     *
     * @param postId the identifier of the post, e.g. {@code "chengdu"}, not null
     * @param at the moment of the call, not null
     * @param from where the caller is, not null
     * @param situation the situation, not null
     * @return the plan, not null, with at least one step
     * @throws IllegalArgumentException if the directory has no such post
     * @throws IllegalStateException if the directory has no number the caller can dial for the
     *     post
     */
    public CallPlan route(String postId, Instant at, CallerLocation from, Situation situation) {
        return route(directory.post(postId), at, from, situation);
    }

    /**
     * Returns whom to call for a post (see the class documentation for the order).
     *
     * @param post the post, not null
     * @param at the moment of the call, not null
     * @param from where the caller is, not null
     * @param situation the situation, not null
     * @return the plan, not null, with at least one step
     * @throws IllegalStateException if the directory has no number the caller can dial for the
     *     post
     */
    public CallPlan route(Post post, Instant at, CallerLocation from, Situation situation) {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(situation, "situation");
        List<CallStep> steps = new ArrayList<>();
        List<LocalizedText> notes = new ArrayList<>();
        for (ContactRole role : situation.localServices()) {
            Optional<Contact> c = directory.contact(role);
            if (c.isEmpty()) {
                notes.add(LocalizedText.of("The directory has no number for: " + role.displayName().english() + ".",
                        "目录中没有此号码:" + role.displayName().chinese() + "。"));
                continue;
            }
            Optional<String> dial = c.get().number().dialFrom(from);
            if (dial.isEmpty()) {
                String n = c.get().number().domesticDialling();
                notes.add(LocalizedText.of(role.displayName().english() + " (" + n
                                + ") can be dialled only from a phone in China; it cannot be reached from the U.S.",
                        role.displayName().chinese() + "(" + n + ")只能在中国境内拨打,从美国无法拨通。"));
                continue;
            }
            steps.add(new CallStep(role.displayName(), c.get().number(), dial.get(), localReason(situation, role),
                    c.get().provenance().uncertain()));
        }
        Availability office;
        LocalizedText warning = null;
        if (!post.isOperating() && mode == Mode.CURRENT_STATUS) {
            office = closedPost(post, at, from, steps, notes);
        } else {
            if (!post.isOperating()) {
                warning = asPublishedNote(post);
            }
            office = Objects.requireNonNull(availability.status(post, at), "availability returned null");
            if (office.isOpen() && !post.contacts(ContactRole.ACS).isEmpty()) {
                for (Contact c : post.contacts(ContactRole.ACS)) {
                    add(steps, notes, from, c, LocalizedText.of(
                            post.displayName().english() + " – American Citizen Services (through the operator)",
                            post.displayName().chinese() + " – 美国公民服务处(经总机转接)"),
                            LocalizedText.of(capitalize(office.explanation().english())
                                    + ": the ACS unit is reached through the consulate operator;"
                                    + " ask for American Citizen Services.",
                                    office.explanation().chinese() + ":经总机转接美国公民服务处。"));
                }
            } else {
                Optional<Contact> after = post.contacts(ContactRole.AFTER_HOURS).stream().findFirst()
                        .or(() -> directory.contact(ContactRole.MISSION_EMERGENCY));
                if (after.isEmpty()) {
                    notes.add(LocalizedText.of("The directory has no after-hours number for " + post.displayName().english() + ".",
                            "目录中没有" + post.displayName().chinese() + "的下班后紧急电话。"));
                } else {
                    String en = capitalize(office.explanation().english());
                    String zh = office.explanation().chinese();
                    LocalizedText reason = office.state() == Availability.State.UNKNOWN
                            ? LocalizedText.of(en + "; the Emergency After Hours Duty Officer line answers at any hour.",
                                    zh + ";下班后紧急值班电话随时接听。")
                            : LocalizedText.of(en + ": this line reaches the Emergency After Hours Duty Officer.",
                                    zh + ":此电话可联系下班后紧急值班官员。");
                    add(steps, notes, from, after.get(), LocalizedText.of(
                            post.displayName().english() + " – Emergency After Hours Duty Officer",
                            post.displayName().chinese() + " – 下班后紧急值班官员"), reason);
                }
            }
        }
        ContactRole ocsRole = from == CallerLocation.US ? ContactRole.OCS_FROM_US : ContactRole.OCS_FROM_ABROAD;
        Optional<Contact> ocs = directory.contact(ocsRole);
        if (ocs.isPresent()) {
            String extra = ocs.get().provenance().note().map(n -> " " + n).orElse("");
            add(steps, notes, from, ocs.get(), ocsRole.displayName(), LocalizedText.of(
                    "The State Department's Overseas Citizens Services in Washington, D.C." + extra,
                    "位于华盛顿特区的美国国务院海外公民服务处。"));
        } else {
            notes.add(LocalizedText.of("The directory has no number for: " + ocsRole.displayName().english() + ".",
                    "目录中没有此号码:" + ocsRole.displayName().chinese() + "。"));
        }
        if (steps.isEmpty()) {
            throw new IllegalStateException("The directory has no number a caller in " + from.regionCode()
                    + " can dial for " + post.id());
        }
        return new CallPlan(post.id(), at, from, situation, office, steps, notes, mode, Optional.ofNullable(warning));
    }

    private static LocalizedText asPublishedNote(Post post) {
        OfficeStatus status = post.status().value();
        String since = status.since().map(d -> " since " + d).orElse("");
        String sinceZh = status.since().map(d -> "自" + d + "起").orElse("");
        String why = post.status().provenance().note().map(n -> " (" + n + ")").orElse("");
        return LocalizedText.of("Routed as published, not by the post's current status: "
                        + post.displayName().english() + " is " + status.state() + since + why
                        + ". Its own numbers may no longer answer.",
                "按公布的页面安排,而非按使领馆目前状况:" + post.displayName().chinese() + sinceZh
                        + status.state().displayName(Locale.CHINESE) + "。其原有电话可能已无人接听。");
    }

    private Availability closedPost(Post post, Instant at, CallerLocation from, List<CallStep> steps,
            List<LocalizedText> notes) {
        OfficeStatus status = post.status().value();
        String since = status.since().map(d -> " since " + d).orElse("");
        String sinceZh = status.since().map(d -> "自" + d + "起").orElse("");
        List<String> left = new ArrayList<>();
        for (Contact c : post.contacts()) {
            if (c.role() == ContactRole.ACS || c.role() == ContactRole.SWITCHBOARD) {
                left.add(c.published());
            }
        }
        String leftEn = left.isEmpty() ? "" : " Its own numbers are not offered: " + String.join(", ", left) + ".";
        String leftZh = left.isEmpty() ? "" : "不提供其原有电话:" + String.join("、", left) + "。";
        String why = post.status().provenance().note().map(n -> " (" + n + ")").orElse("");
        notes.add(LocalizedText.of(post.displayName().english() + " is " + status.state() + since + why + "." + leftEn,
                post.displayName().chinese() + sinceZh + status.state().displayName(Locale.CHINESE) + "。" + leftZh));
        Map<Post, List<DistrictAssignment>> successors = successors(post, at);
        List<String> servedEn = new ArrayList<>();
        List<String> servedZh = new ArrayList<>();
        successors.forEach((p, assignments) -> {
            servedEn.add(p.displayName().english() + " for " + provinces(assignments, Locale.ENGLISH, ", "));
            servedZh.add(p.displayName().chinese() + "负责" + provinces(assignments, Locale.CHINESE, "、"));
        });
        String servingEn = servedEn.isEmpty() ? "" : " (" + String.join("; ", servedEn) + ")";
        String servingZh = servedZh.isEmpty() ? "" : "(" + String.join(";", servedZh) + ")";
        Optional<Contact> line = directory.contact(ContactRole.MISSION_EMERGENCY)
                .or(() -> post.contacts(ContactRole.AFTER_HOURS).stream().findFirst());
        if (line.isPresent()) {
            add(steps, notes, from, line.get(), line.get().role().displayName(), LocalizedText.of(
                    post.displayName().english() + " is " + status.state().displayName(Locale.ENGLISH)
                            + "; the Mission-wide emergency line answers 24 hours a day and reaches the post"
                            + " now serving your consular district" + servingEn + ".",
                    post.displayName().chinese() + status.state().displayName(Locale.CHINESE)
                            + ";美国驻华使团紧急电话24小时接听,并转接目前负责您所在领区的使领馆" + servingZh + "。"));
        } else {
            notes.add(LocalizedText.of("The directory has no Mission-wide emergency line.", "目录中没有使团紧急电话。"));
        }
        successors.forEach((p, assignments) -> servingPost(post, p, assignments, at, from, steps, notes));
        return Availability.closed("the post is " + status.state() + since, post.displayName().chinese() + sinceZh
                + status.state().displayName(Locale.CHINESE));
    }

    /**
     * Returns the operating posts that serve the former district of a post that is not operating, in
     * the order of the directory's assignments, with the assignments of each: those holding on the
     * local date of the call, or, where that still names the closed post (a date before the
     * closure), the current ones.
     */
    private Map<Post, List<DistrictAssignment>> successors(Post closed, Instant at) {
        LocalDate date = at.atZone(closed.zone()).toLocalDate();
        Set<Province> former = new LinkedHashSet<>();
        for (DistrictAssignment a : directory.districtAssignments()) {
            if (a.postId().equals(closed.id())) {
                former.add(a.province());
            }
        }
        Map<Post, List<DistrictAssignment>> out = new LinkedHashMap<>();
        for (DistrictAssignment a : directory.districtAssignments()) {
            if (!former.contains(a.province()) || a.postId().equals(closed.id())) {
                continue;
            }
            Optional<DistrictAssignment> onDate = directory.district(a.province(), date);
            boolean afterClosure = onDate.isPresent() && !onDate.get().postId().equals(closed.id());
            boolean serving = afterClosure ? onDate.get().equals(a) : a.isCurrent();
            Optional<Post> post = directory.findPost(a.postId());
            if (serving && post.isPresent() && post.get().isOperating()) {
                out.computeIfAbsent(post.get(), k -> new ArrayList<>()).add(a);
            }
        }
        return out;
    }

    private static String provinces(List<DistrictAssignment> assignments, Locale locale, String separator) {
        List<String> names = new ArrayList<>();
        assignments.forEach(a -> names.add(a.province().displayName(locale)));
        return String.join(separator, names);
    }

    /**
     * Adds a post serving the former district of a closed post: its ACS numbers while open, else its
     * after-hours line unless the plan already has that number.
     */
    private void servingPost(Post closed, Post serving, List<DistrictAssignment> assignments, Instant at,
            CallerLocation from, List<CallStep> steps, List<LocalizedText> notes) {
        boolean uncertain = assignments.stream().anyMatch(DistrictAssignment::uncertain);
        String districtEn = "Now serves " + provinces(assignments, Locale.ENGLISH, ", ") + ", formerly in the district of "
                + closed.displayName().english() + (uncertain ? " (an assignment the sources leave uncertain)" : "");
        String districtZh = "现负责" + provinces(assignments, Locale.CHINESE, "、") + "(原属" + closed.displayName().chinese()
                + "领区" + (uncertain ? ";此领区划分来源不一,尚不确定" : "") + ")";
        Availability office = Objects.requireNonNull(availability.status(serving, at), "availability returned null");
        if (office.isOpen() && !serving.contacts(ContactRole.ACS).isEmpty()) {
            for (Contact c : serving.contacts(ContactRole.ACS)) {
                addServing(steps, notes, from, c, uncertain, LocalizedText.of(
                        serving.displayName().english() + " – American Citizen Services (through the operator)",
                        serving.displayName().chinese() + " – 美国公民服务处(经总机转接)"),
                        LocalizedText.of(districtEn + "; " + office.explanation().english()
                                        + ": ask the operator for American Citizen Services.",
                                districtZh + ";" + office.explanation().chinese() + ":请经总机转接美国公民服务处。"));
            }
            return;
        }
        Optional<Contact> after = serving.contacts(ContactRole.AFTER_HOURS).stream().findFirst();
        if (after.isPresent()) {
            addServing(steps, notes, from, after.get(), uncertain, LocalizedText.of(
                    serving.displayName().english() + " – Emergency After Hours Duty Officer",
                    serving.displayName().chinese() + " – 下班后紧急值班官员"),
                    LocalizedText.of(districtEn + "; " + office.explanation().english() + ".",
                            districtZh + ";" + office.explanation().chinese() + "。"));
        }
    }

    /** Adds a step of a serving post unless the plan already has its number. */
    private static void addServing(List<CallStep> steps, List<LocalizedText> notes, CallerLocation from, Contact c,
            boolean uncertain, LocalizedText name, LocalizedText reason) {
        for (CallStep s : steps) {
            if (s.phone().equals(c.number())) {
                return;
            }
        }
        Optional<String> dial = c.number().dialFrom(from);
        if (dial.isEmpty()) {
            notes.add(LocalizedText.of(name.english() + " (" + c.published() + ") cannot be dialled from "
                    + from.regionCode() + ".", name.chinese() + "(" + c.published() + ")无法从" + from.regionCode() + "拨打。"));
            return;
        }
        steps.add(new CallStep(name, c.number(), dial.get(), reason, uncertain || c.provenance().uncertain()));
    }

    private static void add(List<CallStep> steps, List<LocalizedText> notes, CallerLocation from, Contact c,
            LocalizedText name, LocalizedText reason) {
        Optional<String> dial = c.number().dialFrom(from);
        if (dial.isEmpty()) {
            notes.add(LocalizedText.of(name.english() + " (" + c.published() + ") cannot be dialled from "
                    + from.regionCode() + ".", name.chinese() + "(" + c.published() + ")无法从" + from.regionCode() + "拨打。"));
            return;
        }
        steps.add(new CallStep(name, c.number(), dial.get(), reason, c.provenance().uncertain()));
    }

    private static LocalizedText localReason(Situation s, ContactRole role) {
        return switch (s) {
            case CRIME -> LocalizedText.of("Victim of a crime: contact the local police first.", "犯罪受害者:请先报警。");
            case INJURY -> role == ContactRole.AMBULANCE
                    ? LocalizedText.of("Injured: call an ambulance first.", "受伤:请先呼叫救护车。")
                    : LocalizedText.of("If you are injured, also contact the local police.", "受伤时也请联系当地警方。");
            case MEDICAL -> LocalizedText.of("Medical emergency: call an ambulance first.", "医疗急救:请先呼叫救护车。");
            case FIRE -> LocalizedText.of("Fire: call the fire service first.", "火灾:请先拨打火警电话。");
            case TRAFFIC -> role == ContactRole.TRAFFIC_POLICE
                    ? LocalizedText.of("Traffic accident: call the traffic police first.", "交通事故:请先报告交通警察。")
                    : LocalizedText.of("If anyone is hurt in the accident, call an ambulance.", "如有人受伤,请呼叫救护车。");
            default -> role.displayName();
        };
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    @Override
    public String toString() {
        return "EmergencyRouter[" + directory + ", " + availability + ", " + mode + "]";
    }
}
