/**
 * Errors under /fhir as BaRS states them: an OperationOutcome with a FHIR issue type and a BaRS
 * receiver code (REC_BAD_REQUEST, REC_CONFLICT, ...), restated from the API's one problem shape,
 * the FHIR interface's own exception, and the body limit refused before a body is read. Depends on
 * fhir.format and common.
 */
package org.socialprescribing.fhir.error;
