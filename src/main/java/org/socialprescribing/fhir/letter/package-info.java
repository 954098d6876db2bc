/**
 * The sent treatment-summary letter in FHIR: the DocumentReference a GP system files, the PDF as a
 * Binary, and a FHIR document whose Composition carries the letter's sections with outcome scores
 * as Observations. Pure functions of the letter feature's LetterContent. Depends on fhir.mapping
 * and on letter's records, never on its services.
 */
package org.socialprescribing.fhir.letter;
