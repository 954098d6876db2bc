/**
 * Referrals to and from FHIR: a BaRS referral message read into the REST API's own referral request
 * (patient, clinical details, consent), and a referral written out as a ServiceRequest and a Task
 * whose status follows the lifecycle's workflow states; the identifier and code systems and
 * profiles used. Pure functions over HAPI's model. Depends on fhir.error and on the records of
 * referral (api, domain) and directory (views), never on their services.
 */
package org.socialprescribing.fhir.mapping;
