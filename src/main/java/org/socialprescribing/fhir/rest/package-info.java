/**
 * The FHIR resources under /fhir: metadata (the CapabilityStatement), $process-message,
 * ServiceRequest, Task, DocumentReference, Binary and the letter's document Bundle. Thin: check the
 * role, call fhir.message or fhir.gateway, map with fhir.mapping or fhir.letter. Also how the
 * OpenAPI document shows FHIR bodies. Depends on the other fhir packages and common.
 */
package org.socialprescribing.fhir.rest;
