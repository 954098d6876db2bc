/**
 * Referral entities and their repositories, with the list query. Depends on referral.domain and the
 * directory.
 */
package org.socialprescribing.referral.persistence;
