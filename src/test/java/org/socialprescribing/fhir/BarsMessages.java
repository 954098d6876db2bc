package org.socialprescribing.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.Referrals;

/**
 * BaRS referral messages as a GP system would send them to this service: every resource the BaRS
 * referral MessageDefinition asks for, with UK Core and BaRS profiles. Change a field, then build.
 */
public final class BarsMessages {
    public static final String SERVICE_ENDPOINT =
            "https://fhir.nhs.uk/Id/dos-service-id|2000099999";
    static final String THERAPIES = "https://fhir.socialprescribing.org/CodeSystem/therapy";
    static final String PRACTITIONER_ID = "https://fhir.socialprescribing.org/Id/practitioner";
    static final String CONDITION_CATEGORIES =
            "https://fhir.socialprescribing.org/CodeSystem/condition-category";
    static final String CONSENT_CATEGORIES =
            "https://fhir.socialprescribing.org/CodeSystem/consent-category";

    public String practiceOdsCode = DemoData.PRACTICE_A;
    public String nhsNumber = Referrals.VALID_NHS_NUMBER;
    public String givenName = "Sam";
    public UUID practitionerId;
    public String therapyCode;
    public String destination = SERVICE_ENDPOINT;
    public boolean shareOutcomes = true;

    public static BarsMessages referral() {
        return new BarsMessages();
    }

    public static BarsMessages toAcupuncturist() {
        BarsMessages message = new BarsMessages();
        message.practitionerId = DemoData.ACUPUNCTURIST;
        message.therapyCode = "ACUPUNCTURE";
        return message;
    }

    public String json() {
        return FhirConformance.json().encodeResourceToString(bundle());
    }

    public Bundle bundle() {
        Entries entries = new Entries();
        String patient = entries.next();
        String practice = entries.next();
        String service = entries.next();
        String gp = entries.next();
        String gpRole = entries.next();
        String encounter = entries.next();
        String carePlan = entries.next();
        String serviceRequest = entries.next();
        String healthcareService = entries.next();
        String backPain = entries.next();
        String anxiety = entries.next();

        MessageHeader header = new MessageHeader();
        header.getMeta()
                .addProfile(
                        "https://fhir.nhs.uk/StructureDefinition/BARSMessageHeader-servicerequest-request");
        header.setEvent(
                new Coding(
                        "https://fhir.nhs.uk/CodeSystem/message-events-bars",
                        "servicerequest-request",
                        null));
        header.addDestination().setEndpoint(destination).setReceiver(new Reference(service));
        header.setSender(new Reference(practice));
        header.getSource()
                .setName("Riverside Surgery")
                .setSoftware("GP clinical system")
                .setEndpoint("https://fhir.nhs.uk/Id/ods-organization-code|" + practiceOdsCode);
        header.getReason()
                .addCoding(
                        new Coding(
                                "https://fhir.nhs.uk/CodeSystem/message-reason-bars", "new", null));
        header.addFocus(new Reference(serviceRequest));
        header.setDefinition(
                "https://fhir.nhs.uk/MessageDefinition/bars-message-servicerequest-request-referral");
        entries.add(entries.next(), header);

        ServiceRequest request = new ServiceRequest();
        request.getMeta()
                .addProfile(
                        "https://fhir.nhs.uk/StructureDefinition/BARSServiceRequest-request-referral");
        request.addBasedOn(new Reference(carePlan));
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
        request.addCategory(
                new CodeableConcept(
                        new Coding(
                                "https://fhir.nhs.uk/CodeSystem/message-category-servicerequest",
                                "referral",
                                "Referral")));
        request.setPriority(ServiceRequest.ServiceRequestPriority.ROUTINE);
        if (therapyCode != null) {
            request.setCode(new CodeableConcept(new Coding(THERAPIES, therapyCode, null)));
        }
        request.setSubject(new Reference(patient));
        request.setEncounter(new Reference(encounter));
        request.setAuthoredOn(new Date());
        request.setRequester(new Reference(gpRole));
        request.addPerformer(new Reference(healthcareService));
        if (practitionerId != null) {
            request.addPerformer()
                    .setType("Practitioner")
                    .setIdentifier(
                            new Identifier()
                                    .setSystem(PRACTITIONER_ID)
                                    .setValue(practitionerId.toString()));
        }
        request.addReasonCode().setText("Persistent back pain despite physiotherapy; low mood");
        request.addReasonReference(new Reference(backPain));
        request.addReasonReference(new Reference(anxiety));
        request.addNote().setText("12 months of low back pain, no red flags");
        entries.add(serviceRequest, request);

        Patient person = new Patient();
        person.getMeta().addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
        person.addIdentifier(
                new Identifier()
                        .setSystem("https://fhir.nhs.uk/Id/nhs-number")
                        .setValue(nhsNumber));
        person.addName()
                .setUse(org.hl7.fhir.r4.model.HumanName.NameUse.OFFICIAL)
                .setFamily("Jones")
                .addGiven(givenName);
        person.setGender(AdministrativeGender.FEMALE);
        person.setBirthDateElement(new DateType("1971-04-02"));
        person.addAddress().addLine("1 High Street").setCity("Newcastle").setPostalCode("NE1 4ST");
        person.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.PHONE)
                .setValue("07700 900123")
                .setUse(ContactPoint.ContactPointUse.MOBILE);
        person.addGeneralPractitioner(new Reference(practice));
        entries.add(patient, person);

        entries.add(practice, organization(practiceOdsCode, "Riverside Surgery"));
        Organization receiver = new Organization();
        receiver.getMeta()
                .addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization");
        receiver.setName("Social prescribing referral service");
        entries.add(service, receiver);

        Practitioner doctor = new Practitioner();
        doctor.getMeta()
                .addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Practitioner");
        doctor.addIdentifier(
                new Identifier()
                        .setSystem("https://fhir.hl7.org.uk/Id/gmp-number")
                        .setValue("G1234567"));
        doctor.addName().setFamily("Patel").addGiven("A").addPrefix("Dr");
        entries.add(gp, doctor);
        PractitionerRole role = new PractitionerRole();
        role.getMeta()
                .addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-PractitionerRole");
        role.setPractitioner(new Reference(gp));
        role.setOrganization(new Reference(practice));
        entries.add(gpRole, role);

        Encounter visit = new Encounter();
        visit.getMeta().addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Encounter");
        visit.setStatus(Encounter.EncounterStatus.FINISHED);
        visit.setClass_(
                new Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
        visit.setSubject(new Reference(patient));
        entries.add(encounter, visit);

        CarePlan plan = new CarePlan();
        plan.getMeta().addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan");
        plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setSubject(new Reference(patient));
        plan.setDescription("Walk to work without pain");
        plan.addAddresses(new Reference(backPain));
        entries.add(carePlan, plan);

        HealthcareService target = new HealthcareService();
        target.getMeta()
                .addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-HealthcareService");
        target.addIdentifier()
                .setSystem("https://fhir.nhs.uk/Id/dos-service-id")
                .setValue("2000099999");
        target.setProvidedBy(new Reference(service));
        target.setName("Social prescribing: complementary therapies");
        entries.add(healthcareService, target);

        entries.add(backPain, condition(patient, "Chronic low back pain", "279039007", "msk"));
        entries.add(anxiety, condition(patient, "Anxiety", null, "mental-health"));

        MedicationStatement naproxen = new MedicationStatement();
        naproxen.getMeta()
                .addProfile(
                        "https://fhir.hl7.org.uk/StructureDefinition/UKCore-MedicationStatement");
        naproxen.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        naproxen.setMedication(new CodeableConcept().setText("Naproxen 500mg"));
        naproxen.setSubject(new Reference(patient));
        entries.add(entries.next(), naproxen);

        entries.add(entries.next(), consent(patient, practice, null));
        if (shareOutcomes) {
            entries.add(
                    entries.next(),
                    consent(
                            patient,
                            practice,
                            new Coding(CONSENT_CATEGORIES, "share-outcomes-with-gp", null)));
        }
        return entries.bundle();
    }

    private static Organization organization(String ods, String name) {
        Organization organization = new Organization();
        organization
                .getMeta()
                .addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization");
        organization.addIdentifier(
                new Identifier()
                        .setSystem("https://fhir.nhs.uk/Id/ods-organization-code")
                        .setValue(ods));
        organization.setName(name);
        return organization;
    }

    private static Condition condition(
            String patient, String text, String snomed, String category) {
        Condition condition = new Condition();
        condition
                .getMeta()
                .addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Condition");
        condition.setClinicalStatus(
                new CodeableConcept(
                        new Coding(
                                "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                "active",
                                null)));
        condition.addCategory(
                new CodeableConcept(new Coding(CONDITION_CATEGORIES, category, null)));
        CodeableConcept code = new CodeableConcept().setText(text);
        if (snomed != null) {
            code.addCoding(new Coding("http://snomed.info/sct", snomed, null));
        }
        condition.setCode(code);
        condition.setSubject(new Reference(patient));
        return condition;
    }

    private static Consent consent(String patient, String practice, Coding category) {
        Consent consent = new Consent();
        consent.getMeta().addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Consent");
        consent.setStatus(Consent.ConsentState.ACTIVE);
        consent.setScope(
                new CodeableConcept(
                        new Coding(
                                "http://terminology.hl7.org/CodeSystem/consentscope",
                                "patient-privacy",
                                null)));
        consent.addCategory(
                new CodeableConcept(
                        category != null
                                ? category
                                : new Coding(
                                        "https://fhir.nhs.uk/CodeSystem/consent-categories-bars",
                                        "DRC",
                                        "Direct Care")));
        consent.setPatient(new Reference(patient));
        consent.setDateTime(new Date());
        consent.addOrganization(new Reference(practice));
        consent.addPolicy().setUri("https://www.nhs.uk/your-nhs-data-matters/");
        return consent;
    }

    /** A BaRS cancellation: the referral's ServiceRequest, revoked, under reason "update". */
    public static final class Cancellation {
        private final String referralId;
        private final String version;
        private final String reason;
        public String practiceOdsCode = DemoData.PRACTICE_A;

        public Cancellation(String referralId, String version, String reason) {
            this.referralId = referralId;
            this.version = version;
            this.reason = reason;
        }

        public String json() {
            Entries entries = new Entries();
            String patient = entries.next();
            String practice = entries.next();
            String service = entries.next();
            String serviceRequest = "urn:uuid:" + referralId;

            MessageHeader header = new MessageHeader();
            header.getMeta()
                    .addProfile(
                            "https://fhir.nhs.uk/StructureDefinition/BARSMessageHeader-servicerequest-request");
            header.setEvent(
                    new Coding(
                            "https://fhir.nhs.uk/CodeSystem/message-events-bars",
                            "servicerequest-request",
                            null));
            header.addDestination()
                    .setEndpoint(SERVICE_ENDPOINT)
                    .setReceiver(new Reference(service));
            header.setSender(new Reference(practice));
            header.getSource()
                    .setEndpoint("https://fhir.nhs.uk/Id/ods-organization-code|" + practiceOdsCode);
            header.getReason()
                    .addCoding(
                            new Coding(
                                    "https://fhir.nhs.uk/CodeSystem/message-reason-bars",
                                    "update",
                                    null))
                    .setText(reason);
            header.addFocus(new Reference(serviceRequest));
            header.setDefinition(
                    "https://fhir.nhs.uk/MessageDefinition/bars-message-servicerequest-request-cancelled");
            entries.add(entries.next(), header);

            ServiceRequest request = new ServiceRequest();
            request.setId(referralId);
            if (version != null) {
                request.getMeta().setVersionId(version);
            }
            request.getMeta()
                    .addProfile(
                            "https://fhir.nhs.uk/StructureDefinition/BARSServiceRequest-request-referral");
            request.addIdentifier()
                    .setSystem("urn:ietf:rfc:3986")
                    .setValue("urn:uuid:" + referralId);
            request.setStatus(ServiceRequest.ServiceRequestStatus.REVOKED);
            request.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
            request.addCategory(
                    new CodeableConcept(
                            new Coding(
                                    "https://fhir.nhs.uk/CodeSystem/message-category-servicerequest",
                                    "referral",
                                    "Referral")));
            request.setSubject(new Reference(patient));
            request.setAuthoredOn(new Date());
            entries.add(serviceRequest, request);

            Patient person = new Patient();
            person.getMeta()
                    .addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
            person.addIdentifier(
                    new Identifier()
                            .setSystem("https://fhir.nhs.uk/Id/nhs-number")
                            .setValue(Referrals.VALID_NHS_NUMBER));
            entries.add(patient, person);
            entries.add(practice, organization(practiceOdsCode, "Riverside Surgery"));
            Organization receiver = new Organization();
            receiver.getMeta()
                    .addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization");
            receiver.setName("Social prescribing referral service");
            entries.add(service, receiver);
            return FhirConformance.json().encodeResourceToString(entries.bundle());
        }
    }

    /** Entries with fresh urn:uuid full URLs, the MessageHeader first. */
    private static final class Entries {
        private final List<String> urls = new ArrayList<>();
        private final Bundle bundle = new Bundle();
        private Resource header;
        private String headerUrl;
        private final List<Object[]> rest = new ArrayList<>();

        String next() {
            String url = "urn:uuid:" + UUID.randomUUID();
            urls.add(url);
            return url;
        }

        void add(String url, Resource resource) {
            if (resource instanceof MessageHeader) {
                header = resource;
                headerUrl = url;
            } else {
                rest.add(new Object[] {url, resource});
            }
        }

        Bundle bundle() {
            bundle.setId(UUID.randomUUID().toString());
            bundle.getMeta()
                    .addProfile("https://fhir.nhs.uk/StructureDefinition/BARSBundleMessage");
            bundle.setType(BundleType.MESSAGE);
            bundle.setTimestamp(new Date());
            bundle.addEntry().setFullUrl(headerUrl).setResource(header);
            for (Object[] entry : rest) {
                bundle.addEntry().setFullUrl((String) entry[0]).setResource((Resource) entry[1]);
            }
            return bundle;
        }
    }
}
