/**
 * The referral's wire records: requests and views. Depends on referral.domain and common; never on
 * the service or persistence.
 */
package org.socialprescribing.referral.api;
