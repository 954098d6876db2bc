/**
 * FHIR R4 JSON: the one HAPI FhirContext (warmed in the background after start-up), its strict
 * parser and encoder, plugged into RESTEasy Reactive as a reader and a writer of {@code
 * application/fhir+json}. Depends only on HAPI and common.error (an unreadable body is the API's
 * malformed request).
 */
package org.socialprescribing.fhir.format;
