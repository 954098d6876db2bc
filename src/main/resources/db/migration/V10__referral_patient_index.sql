-- FHIR searches referrals by the patient's NHS number (ServiceRequest?patient:identifier=...),
-- newest first, within the caller's scope.
create index referral_patient_idx on referral (patient_nhs_number, created_at, id);
