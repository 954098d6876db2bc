/**
 * Creating, reading and moving referrals; the access rules; the gate, facts and transitions other
 * features call. Depends on referral.api, referral.domain, referral.persistence, the directory,
 * feed, audit and common.
 */
package org.socialprescribing.referral.service;
