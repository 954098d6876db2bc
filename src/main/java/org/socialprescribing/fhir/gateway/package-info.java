/**
 * The FHIR interface's only door into other features: referral creation, reading and transitions,
 * the directory's therapies and practitioners, and the letter and its PDF, each called as the
 * current caller so that access, tenancy, the lifecycle, idempotency and audit stay theirs. Depends
 * on those features' services and records and on common.
 */
package org.socialprescribing.fhir.gateway;
