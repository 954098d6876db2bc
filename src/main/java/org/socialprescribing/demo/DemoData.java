package org.socialprescribing.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.socialprescribing.directory.practice.Practice;
import org.socialprescribing.directory.practice.PracticeRepository;
import org.socialprescribing.directory.practitioner.Practitioner;
import org.socialprescribing.directory.practitioner.PractitionerRepository;
import org.socialprescribing.directory.practitioner.Registration;
import org.socialprescribing.directory.register.Register;
import org.socialprescribing.funding.funder.Funder;
import org.socialprescribing.funding.funder.FunderRepository;
import org.socialprescribing.funding.funder.FunderType;

/**
 * The demo directory that matches the demo realm's users: two practices in one ICB (only the first
 * in network U00001), and four practitioners whose ids are the users' practitioner_id claims. Added
 * at start-up when {@code sp.demo-data.enabled}; what exists already is left alone.
 */
@ApplicationScoped
public class DemoData {
    public static final String ICB = "QHM";
    public static final String NETWORK_1 = "U00001";
    public static final String NETWORK_2 = "U00002";
    public static final String PRACTICE_A = "A81001";
    public static final String PRACTICE_B = "B82002";
    public static final UUID ACUPUNCTURIST =
            UUID.fromString("6f1c2a10-5b7e-4c1d-9a01-000000000001");
    public static final UUID YOGA_TEACHER = UUID.fromString("6f1c2a10-5b7e-4c1d-9a01-000000000002");
    public static final UUID OSTEOPATH = UUID.fromString("6f1c2a10-5b7e-4c1d-9a01-000000000003");
    public static final UUID LAPSED_MASSAGE_THERAPIST =
            UUID.fromString("6f1c2a10-5b7e-4c1d-9a01-000000000004");
    public static final String CHARITY = "CH1100001";
    public static final String COUNCIL = "E08000021";

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final PracticeRepository practices;
    private final PractitionerRepository practitioners;
    private final FunderRepository funders;
    private final Clock clock;
    private final boolean enabled;

    public DemoData(
            PracticeRepository practices,
            PractitionerRepository practitioners,
            FunderRepository funders,
            Clock clock,
            @ConfigProperty(name = "sp.demo-data.enabled", defaultValue = "false")
                    boolean enabled) {
        this.practices = practices;
        this.practitioners = practitioners;
        this.funders = funders;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        practice(PRACTICE_A, "Riverside Surgery", NETWORK_1, "NE1 4ST");
        practice(PRACTICE_B, "Moorside Medical Practice", NETWORK_2, "YO1 7HH");
        practitioners(LocalDate.now(clock));
        funder(ICB, "Demo Integrated Care Board", FunderType.ICB);
        funder(CHARITY, "Tyneside Wellbeing Trust", FunderType.CHARITY);
        funder(COUNCIL, "Newcastle City Council", FunderType.LOCAL_AUTHORITY);
        LOG.info("Demo directory is in place");
    }

    /** Three regulated practitioners and one whose registration has lapsed. */
    private void practitioners(LocalDate today) {
        practitioner(
                ACUPUNCTURIST,
                "Mei Chen",
                "ACUPUNCTURE",
                "Newcastle upon Tyne",
                "NE2 1AB",
                Register.BAC,
                "BAC-104522",
                today.plusYears(1),
                today.minusMonths(1));
        practitioner(
                YOGA_TEACHER,
                "Priya Shah",
                "YOGA",
                "Gateshead",
                "NE8 1HE",
                Register.CNHC,
                "CNHC-66310",
                today.plusMonths(8),
                today.minusMonths(2));
        practitioner(
                OSTEOPATH,
                "Tom Hughes",
                "OSTEOPATHY",
                "Newcastle upon Tyne",
                "NE4 5PL",
                Register.GOSC,
                "GOsC-9131",
                today.plusYears(1),
                today.minusWeeks(3));
        practitioner(
                LAPSED_MASSAGE_THERAPIST,
                "Alex Morgan",
                "MASSAGE",
                "Sunderland",
                "SR1 3JD",
                Register.CNHC,
                "CNHC-55821",
                today.minusMonths(3),
                today.minusYears(1));
    }

    private void funder(String code, String name, FunderType type) {
        if (funders.findByIdOptional(code).isPresent()) {
            return;
        }
        Funder funder = new Funder();
        funder.code = code;
        funder.name = name;
        funder.type = type;
        funders.persist(funder);
    }

    private void practice(String odsCode, String name, String pcnCode, String postcode) {
        if (practices.findByIdOptional(odsCode).isPresent()) {
            return;
        }
        Practice practice = new Practice();
        practice.odsCode = odsCode;
        practice.name = name;
        practice.pcnCode = pcnCode;
        practice.icbCode = ICB;
        practice.postcode = postcode;
        practices.persist(practice);
    }

    private void practitioner(
            UUID id,
            String name,
            String therapy,
            String location,
            String postcode,
            Register register,
            String number,
            LocalDate expiresOn,
            LocalDate verifiedOn) {
        if (practitioners.findByIdOptional(id).isPresent()) {
            return;
        }
        Practitioner practitioner = new Practitioner();
        practitioner.id = id;
        practitioner.displayName = name;
        practitioner.location = location;
        practitioner.postcode = postcode;
        practitioner.acceptingReferrals = true;
        practitioner.therapyCodes.addAll(List.of(therapy));
        Registration registration = new Registration();
        registration.id = UUID.nameUUIDFromBytes((id + number).getBytes());
        registration.practitioner = practitioner;
        registration.register = register;
        registration.number = number;
        registration.expiresOn = expiresOn;
        registration.verifiedOn = verifiedOn;
        practitioner.registrations.add(registration);
        practitioners.persist(practitioner);
    }
}
