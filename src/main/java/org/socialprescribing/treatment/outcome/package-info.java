/**
 * Outcome measures: item answers scored by the API, baseline to latest change, meaningful
 * improvement. Depends on referral, safety, audit and common.
 */
package org.socialprescribing.treatment.outcome;
