package org.consularkit.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.consularkit.core.booking.ServiceCatalogue;
import org.consularkit.core.internal.json.JacksonVersion;

/**
 * The data of the US Mission in China that is not a post of the {@linkplain Directory#builtIn()
 * built-in directory}: its service catalogue.
 *
 * <p>{@link #serviceCatalogue()} is read from the resource {@code
 * org/consularkit/directory/service-catalogue.json} (format {@value ServiceCatalogue#FORMAT}, see
 * {@link ServiceCatalogue}): the services of the Chengdu ACS page (the page this library started from) and
 * the Mission-wide visit rules, each entry with its sources; entries the sources do not confirm
 * (diploma authentication, the marriage-registration place after May 2025) are marked
 * {@linkplain org.consularkit.core.booking.ServiceInfo#confirmed() unconfirmed} with a note. It is
 * the same for every post of the Mission, and it is the catalogue of every {@link Post#office()}.
 *
 * <pre>{@code
 * ServiceCatalogue catalogue = MissionChina.serviceCatalogue();
 * catalogue.info(ConsularService.NOTARIAL).orElseThrow().directions().english();
 * // "Notarial services are by appointment only: book a notarial appointment; ..."
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility; the catalogue is immutable, read once on first use, and
 * thread-safe.
 *
 * @since 0.1
 */
public final class MissionChina {

    private MissionChina() {
    }

    /**
     * Returns the service catalogue of US Mission China (see the class documentation).
     *
     * @return the catalogue, the same instance on every call, not null
     */
    public static ServiceCatalogue serviceCatalogue() {
        JacksonVersion.require(); // before the class initializer that reads the data (see JacksonVersion)
        return Catalogue.INSTANCE;
    }

    /** Holds the catalogue, read once on first use. */
    private static final class Catalogue {
        static final String RESOURCE = "service-catalogue.json";
        static final ServiceCatalogue INSTANCE = read();

        private static ServiceCatalogue read() {
            String name = "org/consularkit/directory/" + RESOURCE;
            try (InputStream in = MissionChina.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + name);
                }
                return ServiceCatalogue.read(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read resource " + name, e);
            }
        }
    }
}
