/**
 * The treatment-summary letter back to the GP: drafted, sent (which ends the referral) and kept as
 * sent. Depends on referral, treatment, evidence (the experience answer), inbox, feed, audit and
 * the directory.
 */
package org.socialprescribing.letter;
