/**
 * The FHIR R4 interface under /fhir, BaRS-shaped (not BaRS-certified): referrals in by
 * $process-message, the referral, its workflow and the treatment-summary letter out, on the REST
 * API's own services and rules. By role: format (HAPI's JSON parser as RESTEasy reader and writer),
 * error (OperationOutcomes with BaRS codes), mapping (referrals to and from FHIR), letter (the
 * letter as FHIR), gateway (the only door into other features' services), message
 * ($process-message) and rest (the resources). This package holds the service's FHIR settings and
 * depends on nothing.
 */
package org.socialprescribing.fhir;
