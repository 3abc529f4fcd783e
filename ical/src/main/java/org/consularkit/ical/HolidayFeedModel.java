package org.consularkit.ical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import org.consularkit.core.calendar.HolidayStatus;
import org.consularkit.ical.internal.FeedWriter;
import org.consularkit.ical.internal.IcsValidator;
import org.consularkit.ical.internal.IcsWriter;

/**
 * A holiday feed as an ical4j object model: what {@link HolidayFeed#validate()} validates and
 * compares with the bytes {@link HolidayFeed#toBytes()} writes directly. Kept apart from {@link
 * HolidayFeed} so that writing a feed never loads ical4j.
 *
 * <h2>Implementation Requirements</h2>
 * A stateless utility: thread-safe.
 */
final class HolidayFeedModel {

    private HolidayFeedModel() {
    }

    /** The calendar object of a feed: header, then one VEVENT per event. */
    static Calendar calendar(String name, String description, List<HolidayFeed.Event> events, Instant stamp) {
        List<CalendarComponent> components = new ArrayList<>(events.size());
        for (HolidayFeed.Event e : events) {
            components.add(vevent(e, stamp));
        }
        return FeedWriter.feed(name, description, null, components);
    }

    /** One event as an ical4j VEVENT, properties in the order the feed writes them. */
    static VEvent vevent(HolidayFeed.Event e, Instant stamp) {
        List<Property> props = new ArrayList<>();
        props.add(new Uid(e.uid()));
        props.add(new DtStamp(stamp));
        props.add(new DtStart<>(e.start()));
        props.add(new DtEnd<>(e.end()));
        props.add(new Summary(e.summary()));
        props.add(new Description(e.descriptionText()));
        props.add(new Categories(new TextList(List.of(e.category()))));
        props.add(e.status() == HolidayStatus.OFFICIAL ? ImmutableStatus.VEVENT_CONFIRMED
                : ImmutableStatus.VEVENT_TENTATIVE);
        props.add(ImmutableTransp.TRANSPARENT);
        props.add(ImmutableClazz.PUBLIC);
        props.add(new Sequence(e.sequence()));
        props.add(new LastModified(stamp));
        String special = e.appleSpecialDay();
        if (special != null) {
            props.add(new XProperty("X-APPLE-SPECIAL-DAY", special));
        }
        return new VEvent(new PropertyList(props));
    }

    /**
     * Validates a feed's calendar object with ical4j and the library's checks, then checks that
     * the bytes written directly are exactly ical4j's serialization of it, folded.
     *
     * @throws IcsValidationException listing the problems
     */
    static void validate(HolidayFeed feed, byte[] written, String subject) {
        Calendar calendar = feed.toCalendar();
        IcsValidator.validate(calendar, subject);
        byte[] expected = IcsWriter.toBytes(calendar.toString(), subject);
        int mismatch = java.util.Arrays.mismatch(expected, written);
        if (mismatch >= 0) {
            throw new IcsValidationException(subject, List.of("the feed's bytes differ from ical4j's"
                    + " serialization of the validated calendar at octet " + mismatch));
        }
    }
}
