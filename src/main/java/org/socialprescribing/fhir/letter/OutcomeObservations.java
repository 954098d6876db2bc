package org.socialprescribing.fhir.letter;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.socialprescribing.fhir.mapping.FhirIds;
import org.socialprescribing.letter.LetterContent;
import org.socialprescribing.letter.LetterContent.OutcomeLine;

/**
 * The letter's outcome scores as Observations, only when the patient agreed to share them: coded
 * with LOINC only where the code is verified (PHQ-9 and GAD-7 totals), otherwise named in text.
 */
final class OutcomeObservations {
    private static final Map<String, Coding> VERIFIED_LOINC =
            Map.of(
                    "PHQ-9 total",
                    new Coding(
                            FhirIds.LOINC,
                            "44261-6",
                            "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
                    "GAD-7 total",
                    new Coding(
                            FhirIds.LOINC,
                            "70274-6",
                            "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"));

    private OutcomeObservations() {}

    static List<Observation> of(LetterContent letter, String patientUrl) {
        if (!letter.outcomes().shared()) {
            return List.of();
        }
        return letter.outcomes().lines().stream()
                .map(line -> observation(line, patientUrl))
                .toList();
    }

    /** One score: the latest value, with the baseline and the change as components. */
    private static Observation observation(OutcomeLine line, String patientUrl) {
        String name = line.measure() + " " + line.score();
        Observation observation = new Observation();
        observation.getMeta().addProfile(FhirIds.ukCore("Observation"));
        observation.setStatus(ObservationStatus.FINAL);
        observation.addCategory(
                new CodeableConcept(
                        new Coding(
                                "http://terminology.hl7.org/CodeSystem/observation-category",
                                "survey",
                                "Survey")));
        observation.setCode(code(name));
        observation.setSubject(new Reference(patientUrl));
        if (line.end() != null) {
            observation.setValue(new Quantity().setValue(line.end()));
        } else {
            observation.setDataAbsentReason(
                    new CodeableConcept().setText("Only a baseline score was recorded"));
        }
        observation
                .addComponent()
                .setCode(new CodeableConcept().setText(name + " at baseline"))
                .setValue(new Quantity().setValue(line.baseline()));
        if (line.change() != null) {
            observation
                    .addComponent()
                    .setCode(new CodeableConcept().setText(name + " change from baseline"))
                    .setValue(new Quantity().setValue(line.change()));
        }
        if (Boolean.TRUE.equals(line.meaningfulImprovement())) {
            observation.addInterpretation().setText("Meaningful improvement");
        }
        return observation;
    }

    private static CodeableConcept code(String name) {
        CodeableConcept code = new CodeableConcept().setText(name);
        if (VERIFIED_LOINC.containsKey(name)) {
            code.addCoding(VERIFIED_LOINC.get(name).copy());
        }
        return code;
    }
}
