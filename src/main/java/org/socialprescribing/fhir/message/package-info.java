/**
 * BaRS's $process-message for referrals: the message checked and taken apart, a new referral
 * created or a cancellation applied through fhir.gateway, and the servicerequest-response message
 * built. Depends on fhir (settings), fhir.format, fhir.error, fhir.mapping, fhir.gateway,
 * referral's records and common.
 */
package org.socialprescribing.fhir.message;
